/* sb-preferences-window.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Preferences: the weekly goal and sound cues (GSettings), the
 * history's folder (moved by the context), backup, restore and spreadsheet
 * export, and a page of reminders (SbRemindersPage). Files are chosen through the file chooser portal. Every outcome,
 * good or bad, is said in a toast in this window.
 */

#define G_LOG_DOMAIN "sb-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "storage/sb-backup.h"
#include "sb-preferences-window.h"
#include "sb-reminders-page.h"

struct _SbPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  SbContext            *context;
  SbHistoryStore       *history;
  gboolean              busy;

  GtkWidget            *goal_spin;
  GtkWidget            *sound_switch;
  AdwActionRow         *folder_row;
};

G_DEFINE_FINAL_TYPE (SbPreferencesWindow, sb_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
toast (SbPreferencesWindow *self,
       const char          *text)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (text));
}

static void
update_folder (SbPreferencesWindow *self)
{
  g_autofree char *name = g_file_get_parse_name (sb_history_store_get_directory (self->history));

  adw_action_row_set_subtitle (self->folder_row, name);
}

static void
set_busy (SbPreferencesWindow *self,
          gboolean             busy)
{
  /* one file operation at a time */
  self->busy = busy;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.move-history", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.back-up", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.restore", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.export-csv", !busy);
}

/* Moving the history ---------------------------------------------------- */

static void
history_moved (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SbPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  set_busy (self, FALSE);
  update_folder (self);
  if (!sb_context_move_history_finish (SB_CONTEXT (object), result, &error))
    toast (self, error->message);
  else
    toast (self, _("The history is in its new folder"));
}

/**
 * sb_preferences_window_move_history:
 * @folder: the history's new folder
 *
 * Copies the history into @folder, checks the copy, then uses it.
 */
void
sb_preferences_window_move_history (SbPreferencesWindow *self,
                                    GFile               *folder)
{
  g_return_if_fail (SB_IS_PREFERENCES_WINDOW (self));

  if (self->busy)
    return;
  if (g_file_equal (folder, sb_history_store_get_directory (self->history)))
    return;

  set_busy (self, TRUE);
  sb_context_move_history_async (self->context, folder, NULL, history_moved, g_object_ref (self));
}

/* Backup, restore, export ---------------------------------------------- */

static void
file_written (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(SbPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (object));
  g_autofree char *text = NULL;

  set_busy (self, FALSE);
  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    /* Translators: the first %s is a file name, the second why it failed */
    text = g_strdup_printf (_("Could not save “%s”: %s"), name, error->message);
  else
    text = g_strdup_printf (_("Saved “%s”"), name);
  toast (self, text);
}

/**
 * sb_preferences_window_back_up:
 * @csv: a spreadsheet rather than a backup
 */
void
sb_preferences_window_back_up (SbPreferencesWindow *self,
                               GFile               *file,
                               gboolean             csv)
{
  g_autoptr(GBytes) bytes = NULL;
  char *data;

  g_return_if_fail (SB_IS_PREFERENCES_WINDOW (self));

  if (self->busy)
    return;

  set_busy (self, TRUE);
  data = csv ? sb_backup_to_csv (G_LIST_MODEL (self->history)) : sb_backup_to_json (G_LIST_MODEL (self->history));
  bytes = g_bytes_new_take (data, strlen (data));
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                       file_written, g_object_ref (self));
}

static void
restored (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(SbPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *added = NULL;
  g_autofree char *text = NULL;
  guint n_problems = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (self), "sb-problems"));
  SbRestoreCounts counts;

  set_busy (self, FALSE);
  if (!sb_backup_restore_finish (SB_HISTORY_STORE (object), result, &counts, &error))
    {
      toast (self, error->message);
      return;
    }

  added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Restored %u session", "Restored %u sessions",
                                        counts.added), counts.added);
  if (n_problems > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %u in the backup could not be read",
                                         "%s; %u in the backup could not be read", n_problems),
                            added, n_problems);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %u was here already",
                                         "%s; %u were here already", counts.kept),
                            added, counts.kept);
  toast (self, text);
}

static void
backup_loaded (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SbPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (object));
  gsize length;

  if (g_file_load_contents_finish (G_FILE (object), result, &contents, &length, NULL, &error))
    sessions = sb_backup_read (name, contents, length, &problems, &error);

  if (sessions == NULL)
    {
      set_busy (self, FALSE);
      toast (self, error->message);
      return;
    }

  g_object_set_data (G_OBJECT (self), "sb-problems", GUINT_TO_POINTER (problems->len));
  for (guint i = 0; i < problems->len; i++)
    g_message ("%s", (char *) g_ptr_array_index (problems, i));
  sb_backup_restore_async (self->history, sessions, NULL, restored, g_object_ref (self));
}

void
sb_preferences_window_restore (SbPreferencesWindow *self,
                               GFile               *file)
{
  g_return_if_fail (SB_IS_PREFERENCES_WINDOW (self));

  if (self->busy || !sb_history_store_get_loaded (self->history))
    return;

  set_busy (self, TRUE);
  g_file_load_contents_async (file, NULL, backup_loaded, g_object_ref (self));
}

/* The file chooser ------------------------------------------------------ */

typedef enum
{
  CHOOSE_FOLDER,
  CHOOSE_BACKUP,
  CHOOSE_CSV,
  CHOOSE_RESTORE,
} Choice;

static void
on_chooser_response (GtkNativeDialog     *chooser,
                     int                  response,
                     SbPreferencesWindow *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  Choice choice = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chooser), "sb-choice"));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    switch (choice)
      {
      case CHOOSE_FOLDER:
        sb_preferences_window_move_history (self, file);
        break;
      case CHOOSE_BACKUP:
      case CHOOSE_CSV:
        sb_preferences_window_back_up (self, file, choice == CHOOSE_CSV);
        break;
      case CHOOSE_RESTORE:
      default:
        sb_preferences_window_restore (self, file);
        break;
      }

  g_object_unref (chooser);
}

static void
choose (SbPreferencesWindow  *self,
        Choice                choice,
        const char           *title,
        const char           *accept,
        GtkFileChooserAction  action,
        const char           *name)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, NULL);

  if (name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "sb-choice", GUINT_TO_POINTER (choice));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static char *
dated_name (const char *stem,
            const char *extension)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

  return g_strdup_printf ("%s-%s.%s", stem, date, extension);
}

static void
move_history_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  choose (SB_PREFERENCES_WINDOW (widget), CHOOSE_FOLDER, _("Move the History"), _("_Move Here"),
          GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, NULL);
}

static void
back_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  g_autofree char *name = dated_name ("strongback-backup", "json");

  choose (SB_PREFERENCES_WINDOW (widget), CHOOSE_BACKUP, _("Back Up History"), _("_Save"),
          GTK_FILE_CHOOSER_ACTION_SAVE, name);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  g_autofree char *name = dated_name ("strongback-history", "csv");

  choose (SB_PREFERENCES_WINDOW (widget), CHOOSE_CSV, _("Export as Spreadsheet"), _("_Export"),
          GTK_FILE_CHOOSER_ACTION_SAVE, name);
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  choose (SB_PREFERENCES_WINDOW (widget), CHOOSE_RESTORE, _("Restore From Backup"), _("_Restore"),
          GTK_FILE_CHOOSER_ACTION_OPEN, NULL);
}

GtkWidget *
sb_preferences_window_new (SbContext *context,
                           GtkWindow *parent)
{
  SbPreferencesWindow *self;
  GSettings *settings;

  g_return_val_if_fail (SB_IS_CONTEXT (context), NULL);

  self = g_object_new (SB_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->history = g_object_ref (sb_context_get_history (context));
  settings = sb_context_get_settings (context);
  g_settings_bind (settings, "weekly-goal", self->goal_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "sound-cues", self->sound_switch, "active", G_SETTINGS_BIND_DEFAULT);
  update_folder (self);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (sb_reminders_page_new (context)));

  return GTK_WIDGET (self);
}

static void
sb_preferences_window_dispose (GObject *object)
{
  SbPreferencesWindow *self = SB_PREFERENCES_WINDOW (object);

  g_clear_object (&self->history);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sb_preferences_window_parent_class)->dispose (object);
}

static void
sb_preferences_window_class_init (SbPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/strongback/Strongback/ui/sb-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SbPreferencesWindow, goal_spin);
  gtk_widget_class_bind_template_child (widget_class, SbPreferencesWindow, sound_switch);
  gtk_widget_class_bind_template_child (widget_class, SbPreferencesWindow, folder_row);
  gtk_widget_class_install_action (widget_class, "prefs.move-history", NULL, move_history_action);
  gtk_widget_class_install_action (widget_class, "prefs.back-up", NULL, back_up_action);
  gtk_widget_class_install_action (widget_class, "prefs.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "prefs.restore", NULL, restore_action);
}

static void
sb_preferences_window_init (SbPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
