/* sb-window.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The main window: the routines in a sidebar and, beside them (or instead
 * of them, when narrow), the chosen routine and its exercises; the history
 * in the sidebar's other page. A guided workout takes the whole window
 * (win.start-workout), after the one-time safety screen. It remembers its
 * size and maximized state in GSettings.
 */

#define G_LOG_DOMAIN "sb-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-exercise-chooser.h"
#include "sb-exercise-page.h"
#include "model/sb-history-weeks.h"
#include "sb-method-page.h"
#include "sb-progress-page.h"
#include "sb-routine-editor.h"
#include "sb-routine-page.h"
#include "sb-session-page.h"
#include "sb-window.h"
#include "sb-workout-page.h"

struct _SbWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  SbCatalog            *catalog;
  SbHistoryStore       *history;
  SbWorkoutJournal     *journal;
  SbSession            *unfinished;   /* a workout left for later with “Not Now” */
  SbHistoryWeeks       *weeks;
  SbSession            *deleted;
  SbRoutine            *deleted_routine;
  gboolean              deleting_routine;
  gboolean              undo_requested;
  GtkSingleSelection   *selection;
  GtkFilterListModel   *filtered;
  GtkStringFilter      *filter;

  AdwToastOverlay      *toasts;
  GtkStack             *root_stack;
  SbWorkoutPage        *workout_page;
  AdwLeaflet           *leaflet;
  AdwViewStack         *sidebar_stack;
  GtkStack             *history_stack;
  GtkListView          *history_list;
  GtkRevealer          *problems_revealer;
  GtkLabel             *problems_label;
  AdwBin               *session_slot;
  SbSessionPage        *session_page;
  GtkWidget            *search_button;
  GtkWidget            *content;
  GtkListView          *routine_list;
  GtkSearchBar         *search_bar;
  GtkEditable          *search_entry;
  AdwWindowTitle       *content_title;
  GtkWidget            *back_button;
  GtkStack             *content_stack;
  SbRoutinePage        *routine_page;
  SbExercisePage       *exercise_page;
  SbRoutineEditor      *editor;
  SbProgressPage       *progress_page;
  AdwStatusPage        *progress_summary;
};

G_DEFINE_FINAL_TYPE (SbWindow, sb_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_HISTORY,
  PROP_JOURNAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

SbWindow *
sb_window_new (SbApplication *application)
{
  g_return_val_if_fail (SB_IS_APPLICATION (application), NULL);

  return g_object_new (SB_TYPE_WINDOW,
                       "application", application,
                       "catalog", sb_application_get_catalog (application),
                       "history", sb_application_get_history (application),
                       "journal", sb_application_get_journal (application),
                       NULL);
}

static void
update_navigation (SbWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->content_stack);
  gboolean on_exercise = g_strcmp0 (page, "exercise") == 0;
  gboolean on_method = g_strcmp0 (page, "method") == 0;
  gboolean on_session = g_strcmp0 (page, "session") == 0;
  gboolean on_editor = g_strcmp0 (page, "editor") == 0;

  /* exercises, the method and the editor lead back to their routine; one
   * pane leads back to the list */
  gtk_widget_set_visible (self->back_button,
                          on_exercise || on_method || on_editor || adw_leaflet_get_folded (self->leaflet));

  if (on_editor)
    adw_window_title_set_title (self->content_title, _("Edit Routine"));
  else if (g_strcmp0 (page, "progress") == 0)
    adw_window_title_set_title (self->content_title, _("Progress"));
  else if (on_session)
    adw_window_title_set_title (self->content_title,
                                sb_session_get_routine_name (sb_session_page_get_session (self->session_page)));
  else if (on_method)
    adw_window_title_set_title (self->content_title, _("The Method"));
  else if (on_exercise)
    adw_window_title_set_title (self->content_title,
                                sb_exercise_get_name (sb_exercise_page_get_exercise (self->exercise_page)));
  else if (g_strcmp0 (page, "routine") == 0)
    adw_window_title_set_title (self->content_title,
                                sb_routine_get_name (sb_routine_page_get_routine (self->routine_page)));
  else
    adw_window_title_set_title (self->content_title, "");
}

static void
show_routine (SbWindow  *self,
              SbRoutine *routine)
{
  sb_routine_page_set_routine (self->routine_page, routine);
  gtk_stack_set_visible_child_name (self->content_stack, "routine");
  update_navigation (self);
}

static void on_variation_activated (SbWindow   *self,
                                    SbExercise *exercise);

/* Made on first use: it brings up GStreamer, which startup need not wait for. */
static SbExercisePage *
ensure_exercise_page (SbWindow *self)
{
  if (self->exercise_page == NULL)
    {
      SbApplication *app = SB_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

      self->exercise_page = SB_EXERCISE_PAGE (sb_exercise_page_new (self->catalog, sb_application_get_demo_library (app)));
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->exercise_page), "exercise");
      g_signal_connect_object (self->exercise_page, "exercise-activated",
                               G_CALLBACK (on_variation_activated), self, G_CONNECT_SWAPPED);
    }

  return self->exercise_page;
}

static void
pause_demo (SbWindow *self)
{
  if (self->exercise_page != NULL)
    sb_demo_player_pause (sb_demo_view_get_player (sb_exercise_page_get_demo_view (self->exercise_page)));
}

static void
show_exercise (SbWindow     *self,
               SbExercise   *exercise,
               const SbDose *dose)
{
  ensure_exercise_page (self);
  sb_exercise_page_set_exercise (self->exercise_page, exercise, dose);
  gtk_stack_set_visible_child_name (self->content_stack, "exercise");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  update_navigation (self);
}

static void
on_step_activated (SbWindow      *self,
                   SbRoutineStep *step)
{
  show_exercise (self, sb_routine_step_get_exercise (step), sb_routine_step_get_dose (step));
}

static void
on_variation_activated (SbWindow   *self,
                        SbExercise *exercise)
{
  show_exercise (self, exercise, NULL);
}

static void
on_routine_activated (SbWindow *self,
                      guint     position)
{
  g_autoptr(SbRoutine) routine = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  gtk_single_selection_set_selected (self->selection, position);
  show_routine (self, routine);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_selection_changed (SbWindow *self)
{
  SbRoutine *routine = gtk_single_selection_get_selected_item (self->selection);

  /* side by side, the selected routine is always shown */
  if (routine != NULL && !adw_leaflet_get_folded (self->leaflet))
    show_routine (self, routine);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);

  const char *page = gtk_stack_get_visible_child_name (self->content_stack);

  /* from the editor, back to the routine as it is now */
  if (g_strcmp0 (page, "editor") == 0)
    show_routine (self, sb_routine_editor_get_routine (self->editor));
  /* from an exercise or the method, back to the routine they came from */
  else if (g_strcmp0 (page, "exercise") == 0 || g_strcmp0 (page, "method") == 0)
    {
      gtk_stack_set_visible_child_name (self->content_stack,
                                        sb_routine_page_get_routine (self->routine_page) ? "routine" : "empty");
      pause_demo (self);
    }
  else
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);

  update_navigation (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, gtk_widget_get_parent (GTK_WIDGET (self->search_bar)));
  adw_view_stack_set_visible_child_name (self->sidebar_stack, "routines");
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Enter in the search opens the first match. */
static void
on_search_activate (SbWindow *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    on_routine_activated (self, 0);
}

static void
method_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);

  pause_demo (self);
  /* made on first use: a long text that startup need not lay out */
  if (gtk_stack_get_child_by_name (self->content_stack, "method") == NULL)
    gtk_stack_add_named (self->content_stack, sb_method_page_new (), "method");
  gtk_stack_set_visible_child_name (self->content_stack, "method");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  update_navigation (self);
}

void
sb_window_show_toast (SbWindow   *self,
                      const char *text)
{
  g_return_if_fail (SB_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (text));
}

static void
show_error_toast (SbWindow *self,
                  GError   *error)
{
  sb_window_show_toast (self, error->message);
}

/* The user's own routines ---------------------------------------------- */

static void
select_routine (SbWindow  *self,
                SbRoutine *routine)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  /* a routine hidden by the search would not be found: show them all */
  gtk_editable_set_text (self->search_entry, "");
  adw_view_stack_set_visible_child_name (self->sidebar_stack, "routines");
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SbRoutine) item = g_list_model_get_item (model, i);

      if (item == routine)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

static void
show_editor (SbWindow  *self,
             SbRoutine *routine)
{
  if (self->editor == NULL)
    {
      self->editor = SB_ROUTINE_EDITOR (sb_routine_editor_new (self->catalog));
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->editor), "editor");
    }

  pause_demo (self);
  select_routine (self, routine);
  sb_routine_editor_set_routine (self->editor, routine);
  gtk_stack_set_visible_child_name (self->content_stack, "editor");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  update_navigation (self);
}

static SbRoutine *
routine_for_action (SbWindow *self,
                    GVariant *parameter)
{
  return sb_catalog_lookup_routine (self->catalog, g_variant_get_string (parameter, NULL));
}

static void
edit_routine_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  SbRoutine *routine = routine_for_action (self, parameter);

  if (routine != NULL && !sb_routine_get_builtin (routine))
    show_editor (self, routine);
}

static void
duplicate_routine_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  SbRoutine *routine = routine_for_action (self, parameter);

  if (routine != NULL)
    show_editor (self, sb_catalog_add_routine (self->catalog, routine, NULL));
}

static void
on_first_exercise_chosen (SbWindow   *self,
                          SbExercise *exercise)
{
  show_editor (self, sb_catalog_add_routine (self->catalog, NULL, exercise));
}

/* A routine starts from its first exercise: one without any could not be
 * saved. */
static void
new_routine_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  GtkWidget *chooser = sb_exercise_chooser_new (self->catalog, GTK_WINDOW (self));

  gtk_window_set_title (GTK_WINDOW (chooser), _("First Exercise of the New Routine"));
  g_signal_connect_object (chooser, "exercise-chosen", G_CALLBACK (on_first_exercise_chosen), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void undo_delete_routine (SbWindow *self);

static void
routine_deleted (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(SbWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  self->deleting_routine = FALSE;
  if (!sb_catalog_delete_routine_finish (SB_CATALOG (object), result, &error))
    {
      g_clear_object (&self->deleted_routine);
      self->undo_requested = FALSE;
      show_error_toast (self, error);
      return;
    }

  /* Undo asked for while the file was still moving goes ahead now. */
  if (self->undo_requested)
    {
      undo_delete_routine (self);
      return;
    }

  /* Translators: %s is a routine's name */
  title = g_strdup_printf (_("“%s” deleted"), sb_routine_get_name (self->deleted_routine));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete-routine");
  adw_toast_overlay_add_toast (self->toasts, toast);
}

static void
delete_routine_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  SbRoutine *routine = routine_for_action (self, parameter);

  if (routine == NULL || sb_routine_get_builtin (routine) || self->deleting_routine)
    return;

  g_set_object (&self->deleted_routine, routine);
  self->deleting_routine = TRUE;
  self->undo_requested = FALSE;
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
  sb_catalog_delete_routine_async (self->catalog, routine, NULL, routine_deleted, g_object_ref (self));
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  update_navigation (self);
}

static void
routine_restored (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(SbWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sb_catalog_undo_delete_routine_finish (SB_CATALOG (object), result, &error))
    show_error_toast (self, error);
}

static void
undo_delete_routine (SbWindow *self)
{
  g_autoptr(SbRoutine) routine = g_steal_pointer (&self->deleted_routine);

  self->undo_requested = FALSE;
  if (routine == NULL)
    return;

  sb_catalog_undo_delete_routine_async (self->catalog, routine, NULL, routine_restored, g_object_ref (self));
  select_routine (self, routine);
  show_routine (self, routine);
}

static void
undo_delete_routine_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);

  if (self->deleting_routine)
    self->undo_requested = TRUE;
  else
    undo_delete_routine (self);
}

static void
routine_exported (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(SbWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (object));
  g_autofree char *text = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    /* Translators: the first %s is a file name, the second why it failed */
    text = g_strdup_printf (_("Could not save “%s”: %s"), name, error->message);
  else
    text = g_strdup_printf (_("Saved “%s”"), name);

  sb_window_show_toast (self, text);
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    SbWindow        *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  SbRoutine *routine = g_object_get_data (G_OBJECT (chooser), "sb-routine");

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    {
      g_autoptr(GBytes) data = g_bytes_new_take (sb_routine_to_data (routine), 0);
      gsize length;
      const char *text = g_bytes_get_data (data, &length);

      /* the text is held by the chooser's data until the write is done */
      g_object_set_data_full (G_OBJECT (file), "sb-data", g_bytes_ref (data), (GDestroyNotify) g_bytes_unref);
      g_file_replace_contents_async (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                     routine_exported, g_object_ref (self));
    }

  g_object_unref (chooser);
}

static GtkFileFilter *
json_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Strongback Routines"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  return filter;
}

static void
export_routine_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  SbRoutine *routine = routine_for_action (self, parameter);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (routine == NULL)
    return;

  /* the file chooser portal in a Flatpak */
  chooser = gtk_file_chooser_native_new (_("Export Routine"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), NULL);
  name = g_strdup_printf ("%s.json", sb_routine_get_name (routine));
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json_filter ());
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "sb-routine", g_object_ref (routine), g_object_unref);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
show_error_dialog (SbWindow   *self,
                   const char *heading,
                   const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * sb_window_import_routine:
 * @name: the file's name, for messages
 *
 * Adds a shared routine and shows it, or explains why it was refused.
 */
void
sb_window_import_routine (SbWindow   *self,
                          const char *name,
                          const char *data,
                          gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  SbRoutine *routine;

  g_return_if_fail (SB_IS_WINDOW (self));

  routine = sb_catalog_import_routine (self->catalog, name, data, length, &error);
  if (routine == NULL)
    {
      show_error_dialog (self, _("The Routine Was Not Imported"), error->message);
      return;
    }

  select_routine (self, routine);
  show_routine (self, routine);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  /* Translators: %s is a routine's name */
  text = g_strdup_printf (_("Imported “%s”"), sb_routine_get_name (routine));
  sb_window_show_toast (self, text);
}

static void
routine_file_loaded (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(SbWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (object));
  gsize length;

  if (!g_file_load_contents_finish (G_FILE (object), result, &contents, &length, NULL, &error))
    {
      g_autofree char *body = g_strdup_printf (_("Could not read “%s”: %s"), name, error->message);
      show_error_dialog (self, _("The Routine Was Not Imported"), body);
      return;
    }

  sb_window_import_routine (self, name, contents, length);
}

static void
on_import_response (GtkNativeDialog *chooser,
                    int              response,
                    SbWindow        *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    g_file_load_contents_async (file, NULL, routine_file_loaded, g_object_ref (self));

  g_object_unref (chooser);
}

static void
import_routine_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import Routine"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json_filter ());
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* History ------------------------------------------------------------- */

static void
show_session (SbWindow  *self,
              SbSession *session)
{
  pause_demo (self);
  /* made on first use, as the other pages that startup does not show */
  if (self->session_page == NULL)
    {
      self->session_page = SB_SESSION_PAGE (sb_session_page_new (self->catalog));
      adw_bin_set_child (self->session_slot, GTK_WIDGET (self->session_page));
    }
  sb_session_page_set_session (self->session_page, session);
  gtk_stack_set_visible_child_name (self->content_stack, "session");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  update_navigation (self);
}

static void
on_history_activated (SbWindow *self,
                      guint     position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->weeks), position);

  if (SB_IS_SESSION (item))
    show_session (self, SB_SESSION (item));
}

static void
update_history (SbWindow *self)
{
  guint n_problems = g_list_model_get_n_items (sb_history_store_get_problems (self->history));

  gtk_stack_set_visible_child_name (self->history_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->weeks)) > 0 ? "list" : "empty");

  if (n_problems > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u history file could not be read. It was set aside, unchanged.",
                                                            "%u history files could not be read. They were set aside, unchanged.",
                                                            n_problems),
                                               n_problems);
      gtk_label_set_label (self->problems_label, text);
    }
  gtk_revealer_set_reveal_child (self->problems_revealer, n_problems > 0);
}

/* The session shown went away (deleted here or on disk): leave its page. */
static void
on_session_removed (SbWindow  *self,
                    SbSession *session)
{
  if (self->session_page != NULL &&
      sb_session_page_get_session (self->session_page) == session &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "session") == 0)
    {
      gtk_stack_set_visible_child_name (self->content_stack,
                                        sb_routine_page_get_routine (self->routine_page) ? "routine" : "empty");
      update_navigation (self);
    }
}

/**
 * sb_window_show_history:
 *
 * Brings the history into view, unless a workout is under way.
 */
void
sb_window_show_history (SbWindow *self)
{
  g_return_if_fail (SB_IS_WINDOW (self));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->root_stack), "workout") == 0)
    return;

  adw_view_stack_set_visible_child_name (self->sidebar_stack, "history");
  adw_leaflet_set_visible_child (self->leaflet, gtk_widget_get_parent (GTK_WIDGET (self->search_bar)));
}

static void
deleted (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(SbWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (!sb_history_store_delete_finish (SB_HISTORY_STORE (object), result, &error))
    {
      g_clear_object (&self->deleted);
      show_error_toast (self, error);
      return;
    }

  toast = adw_toast_new (_("Session deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete");
  adw_toast_overlay_add_toast (self->toasts, toast);
}

static void
delete_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  SbSession *session = self->session_page ? sb_session_page_get_session (self->session_page) : NULL;

  if (session == NULL)
    return;

  g_set_object (&self->deleted, session);
  sb_history_store_delete_async (self->history, session, NULL, deleted, g_object_ref (self));
}

static void
restored (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(SbWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sb_history_store_undo_delete_finish (SB_HISTORY_STORE (object), result, &error))
    show_error_toast (self, error);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  g_autoptr(SbSession) session = g_steal_pointer (&self->deleted);

  if (session != NULL)
    sb_history_store_undo_delete_async (self->history, session, NULL, restored, g_object_ref (self));
}

static void
open_quarantine_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  g_autoptr(GFile) folder = g_file_get_child (sb_history_store_get_directory (self->history), "quarantine");
  g_autofree char *uri = g_file_get_uri (folder);

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

/* The guided workout ------------------------------------------------------- */

static void
on_workout_closed (SbWindow *self)
{
  gtk_stack_set_visible_child_name (self->root_stack, "browse");

  /* a finished workout is worth seeing where it landed */
  if (sb_workout_page_get_saved (self->workout_page))
    adw_view_stack_set_visible_child_name (self->sidebar_stack, "history");
}

/* Made on first use, like the exercise page. */
static SbWorkoutPage *
ensure_workout_page (SbWindow *self)
{
  if (self->workout_page == NULL)
    {
      self->workout_page = SB_WORKOUT_PAGE (sb_workout_page_new (self->catalog, self->history, self->journal));
      gtk_stack_add_named (self->root_stack, GTK_WIDGET (self->workout_page), "workout");
      g_signal_connect_object (self->workout_page, "closed",
                               G_CALLBACK (on_workout_closed), self, G_CONNECT_SWAPPED);
    }

  return self->workout_page;
}

static void
show_workout (SbWindow *self)
{
  pause_demo (self);
  gtk_stack_set_visible_child_name (self->root_stack, "workout");
}

static void
unfinished_kept (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(SbWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sb_history_store_save_finish (SB_HISTORY_STORE (object), result, &error))
    show_error_toast (self, error);
  else
    sb_window_show_toast (self, _("Your unfinished workout was kept in History"));
}

static void
begin_workout (SbWindow  *self,
               SbRoutine *routine)
{
  /* A workout left for later is about to be overwritten on disk by this
   * one: its sets go to the history first, from memory. */
  if (self->unfinished != NULL)
    {
      SbSession *unfinished = g_steal_pointer (&self->unfinished);

      sb_history_store_save_async (self->history, unfinished, NULL, unfinished_kept, g_object_ref (self));
      g_object_unref (unfinished);
    }

  /* what “Start Today’s Routine” starts next time */
  g_settings_set_string (self->settings, "last-routine", sb_routine_get_id (routine));
  sb_workout_page_start (ensure_workout_page (self), routine);
  show_workout (self);
}

static void
on_safety_response (AdwMessageDialog *dialog,
                    const char       *response,
                    SbWindow         *self)
{
  SbRoutine *routine = g_object_get_data (G_OBJECT (dialog), "routine");

  if (!g_str_equal (response, "accept"))
    return;

  g_settings_set_boolean (self->settings, "safety-accepted", TRUE);
  begin_workout (self, routine);
}

/* Shown once, before the first workout: when not to exercise at all. */
static void
show_safety (SbWindow  *self,
             SbRoutine *routine)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Before Your First Workout"), NULL);
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), TRUE);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("Strongback is not medical advice. Exercise should feel like work "
                                 "in your muscles, never like sharp pain in your back.\n\n"
                                 "<b>Stop, and see a doctor before you exercise, if you have:</b>\n"
                                 "• severe pain, or pain that keeps getting worse\n"
                                 "• pain after a fall or an injury\n"
                                 "• pain spreading down a leg, with numbness or weakness\n"
                                 "• trouble controlling your bladder or bowels\n"
                                 "• numbness around your groin or inner thighs\n"
                                 "• a fever, or weight loss you cannot explain"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "accept", _("_I Understand"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "accept", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "routine", g_object_ref (routine), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_safety_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
start_workout_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  SbRoutine *routine = sb_catalog_lookup_routine (self->catalog, id);

  if (routine == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("There is no routine “%s”"), id);
      sb_window_show_toast (self, text);
      return;
    }

  /* a workout under way is never replaced by another */
  if (self->workout_page != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (self->root_stack), "workout") == 0)
    return;

  if (!g_settings_get_boolean (self->settings, "safety-accepted"))
    show_safety (self, routine);
  else
    begin_workout (self, routine);
}

static void
unfinished_saved (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(SbWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sb_history_store_save_finish (SB_HISTORY_STORE (object), result, &error))
    {
      show_error_toast (self, error);
      return;
    }

  sb_workout_journal_discard_async (self->journal, NULL, NULL, NULL);
  adw_view_stack_set_visible_child_name (self->sidebar_stack, "history");
}

static void
on_unfinished_response (AdwMessageDialog *dialog,
                        const char       *response,
                        SbWindow         *self)
{
  SbWorkoutRunner *runner = g_object_get_data (G_OBJECT (dialog), "runner");
  SbSession *session = g_object_get_data (G_OBJECT (dialog), "session");

  /* “Not Now” keeps the file for the next start, unless a workout begins */
  if (g_str_equal (response, "later"))
    g_set_object (&self->unfinished, session);
  else
    g_clear_object (&self->unfinished);

  if (g_str_equal (response, "resume"))
    {
      sb_workout_page_resume (ensure_workout_page (self), runner);
      show_workout (self);
    }
  else if (g_str_equal (response, "keep"))
    sb_history_store_save_async (self->history, session, NULL, unfinished_saved, g_object_ref (self));
  else if (g_str_equal (response, "discard"))
    sb_workout_journal_discard_async (self->journal, NULL, NULL, NULL);
}

/**
 * sb_window_offer_unfinished_workout:
 * @session: the workout in progress found in the journal
 *
 * Asks whether to go on with a workout left unfinished (the app was closed
 * or crashed), or, when its routine changed or is gone, to keep its sets.
 */
void
sb_window_offer_unfinished_workout (SbWindow  *self,
                                    SbSession *session)
{
  SbRoutine *routine;
  g_autoptr(SbWorkoutRunner) runner = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  guint n = sb_session_get_n_sets (session);
  GtkWidget *dialog;

  g_return_if_fail (SB_IS_WINDOW (self));
  g_return_if_fail (SB_IS_SESSION (session));

  routine = sb_catalog_lookup_routine (self->catalog, sb_session_get_routine_id (session));
  if (routine != NULL)
    runner = sb_workout_runner_new_resumed (routine, session, NULL);

  local = g_date_time_to_local (sb_session_get_start_time (session));
  /* Translators: when a workout started, as strftime() writes it */
  when = g_date_time_format (local, _("%A at %H:%M"));
  /* Translators: e.g. “You started “Corrective routine” on Tuesday at 18:30 and did 7 sets.” */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "You started “%s” on %s and did %u set.",
                                       "You started “%s” on %s and did %u sets.", n),
                          sb_session_get_routine_name (session), when, n);

  if (runner != NULL)
    {
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Resume Your Workout?"), body);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "discard", _("_Discard"));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "resume", _("_Resume"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "resume", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "resume");
    }
  else
    {
      g_autofree char *more = g_strdup_printf ("%s %s", body,
                                               _("Its routine has changed or is gone, so it cannot go on, "
                                                 "but the sets you did can be kept in your history."));

      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Keep Your Unfinished Workout?"), more);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "discard", _("_Discard"));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "keep", _("_Keep in History"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "keep", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
    }

  /* closing the dialog decides nothing: the file stays for the next start */
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "later", _("_Not Now"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_object_set_data_full (G_OBJECT (dialog), "session", g_object_ref (session), g_object_unref);
  if (runner != NULL)
    g_object_set_data_full (G_OBJECT (dialog), "runner", g_steal_pointer (&runner), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unfinished_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A list row: an optional heading, a title and a dim subtitle. */
static GtkWidget *
new_row (gboolean with_heading)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  if (with_heading)
    {
      GtkWidget *heading = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_widget_set_margin_top (heading, 6);
      gtk_box_append (GTK_BOX (box), heading);
    }
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);

  return box;
}

static void
setup_history_row (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  gtk_list_item_set_child (item, new_row (TRUE));
}

static void
bind_history_row (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GObject *object = gtk_list_item_get_item (item);
  GtkWidget *heading = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *title = gtk_widget_get_next_sibling (heading);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  gboolean is_header = SB_IS_WEEK_HEADER (object);

  gtk_widget_set_visible (heading, is_header);
  gtk_widget_set_visible (title, !is_header);
  gtk_widget_set_visible (subtitle, !is_header);
  gtk_list_item_set_activatable (item, !is_header);
  gtk_list_item_set_selectable (item, !is_header);

  if (is_header)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *text = sb_week_header_dup_title (SB_WEEK_HEADER (object), now);

      gtk_label_set_label (GTK_LABEL (heading), text);
    }
  else
    {
      g_autofree char *text = sb_session_describe (SB_SESSION (object));

      gtk_label_set_label (GTK_LABEL (title), sb_session_get_routine_name (SB_SESSION (object)));
      gtk_label_set_label (GTK_LABEL (subtitle), text);
    }
}

static void
update_progress_summary (SbWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint goal = g_settings_get_uint (self->settings, "weekly-goal");
  guint streak = sb_stats_streak (G_LIST_MODEL (self->history), now, goal);
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week in a row on goal",
                                                        "%u weeks in a row on goal", streak), streak);

  adw_status_page_set_description (self->progress_summary, text);
}

static void
show_progress_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);

  /* made on first use: startup need not count the whole history */
  if (self->progress_page == NULL)
    {
      self->progress_page = SB_PROGRESS_PAGE (sb_progress_page_new (self->catalog, G_LIST_MODEL (self->history)));
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->progress_page), "progress");
    }

  pause_demo (self);
  adw_view_stack_set_visible_child_name (self->sidebar_stack, "progress");
  gtk_stack_set_visible_child_name (self->content_stack, "progress");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  update_navigation (self);
}

static void
on_sidebar_page_changed (SbWindow *self)
{
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->sidebar_stack), "progress") == 0)
    {
      update_progress_summary (self);
      /* side by side, the tab shows its page at once */
      if (!adw_leaflet_get_folded (self->leaflet))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.show-progress", NULL);
    }

  gtk_widget_set_visible (self->search_button,
                          g_strcmp0 (adw_view_stack_get_visible_child_name (self->sidebar_stack), "routines") == 0);
}

static void
setup_routine_row (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  gtk_list_item_set_child (item, new_row (FALSE));
}

static void
bind_routine_row (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  SbRoutine *routine = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  guint n = g_list_model_get_n_items (sb_routine_get_steps (routine));
  g_autofree char *minutes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u min", "%u min",
                                                           sb_routine_get_estimated_minutes (routine)),
                                              sb_routine_get_estimated_minutes (routine));
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exercise", "%u exercises", n), n);
  g_autofree char *facts = g_strjoin (" · ", minutes, count,
                                      sb_routine_place_name (sb_routine_get_place (routine)), NULL);

  gtk_label_set_label (GTK_LABEL (title), sb_routine_get_name (routine));
  gtk_label_set_label (GTK_LABEL (subtitle), facts);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, sb_routine_get_name (routine),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, facts,
                                  -1);
}

static void
sb_window_save_state (SbWindow *self)
{
  int width, height;

  /* The default size tracks the unmaximized size, which is what should
   * come back when the window is unmaximized after a restart. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static void
sb_window_restore_state (SbWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
sb_window_unrealize (GtkWidget *widget)
{
  /* Every way out (closing, app.quit, the session ending) unrealizes. */
  sb_window_save_state (SB_WINDOW (widget));

  GTK_WIDGET_CLASS (sb_window_parent_class)->unrealize (widget);
}

static void
sb_window_constructed (GObject *object)
{
  SbWindow *self = SB_WINDOW (object);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  G_OBJECT_CLASS (sb_window_parent_class)->constructed (object);


  /* type-ahead search filters the routines by name */
  self->filter = gtk_string_filter_new (gtk_property_expression_new (SB_TYPE_ROUTINE, NULL, "name"));
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->filter, TRUE);
  g_object_bind_property (self->search_entry, "text", self->filter, "search", G_BINDING_SYNC_CREATE);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->catalog)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_routine_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_routine_row), NULL);
  gtk_list_view_set_factory (self->routine_list, factory);
  gtk_list_view_set_model (self->routine_list, GTK_SELECTION_MODEL (self->selection));

  {
    g_autoptr(GtkListItemFactory) history_factory = gtk_signal_list_item_factory_new ();
    g_autoptr(GtkNoSelection) history_selection = NULL;

    self->weeks = sb_history_weeks_new (G_LIST_MODEL (self->history));
    history_selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->weeks)));
    g_signal_connect (history_factory, "setup", G_CALLBACK (setup_history_row), NULL);
    g_signal_connect (history_factory, "bind", G_CALLBACK (bind_history_row), NULL);
    gtk_list_view_set_factory (self->history_list, history_factory);
    gtk_list_view_set_model (self->history_list, GTK_SELECTION_MODEL (history_selection));
  }

  g_signal_connect_object (self->weeks, "items-changed", G_CALLBACK (update_history), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sb_history_store_get_problems (self->history), "items-changed",
                           G_CALLBACK (update_history), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "session-removed",
                           G_CALLBACK (on_session_removed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history_list, "activate",
                           G_CALLBACK (on_history_activated), self, G_CONNECT_SWAPPED);

  on_selection_changed (self);
  update_history (self);
  update_navigation (self);
}

static void
sb_window_dispose (GObject *object)
{
  SbWindow *self = SB_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SB_TYPE_WINDOW);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->weeks);
  g_clear_object (&self->deleted);
  g_clear_object (&self->deleted_routine);
  g_clear_object (&self->unfinished);
  g_clear_object (&self->history);
  g_clear_object (&self->journal);
  g_clear_object (&self->catalog);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sb_window_parent_class)->dispose (object);
}

static void
sb_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SbWindow *self = SB_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    case PROP_HISTORY:
      self->history = g_value_dup_object (value);
      break;
    case PROP_JOURNAL:
      self->journal = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SbWindow *self = SB_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_window_class_init (SbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sb_window_constructed;
  object_class->dispose = sb_window_dispose;
  object_class->get_property = sb_window_get_property;
  object_class->set_property = sb_window_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, SB_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, SB_TYPE_HISTORY_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL, SB_TYPE_WORKOUT_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->unrealize = sb_window_unrealize;

  g_type_ensure (SB_TYPE_ROUTINE_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/strongback/Strongback/ui/sb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SbWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, root_stack);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, history_stack);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, history_list);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, problems_revealer);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, session_slot);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, content);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, routine_list);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, routine_page);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, progress_summary);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.method", NULL, method_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.delete-session", NULL, delete_session_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.open-quarantine", NULL, open_quarantine_action);
  gtk_widget_class_install_action (widget_class, "win.start-workout", "s", start_workout_action);
  gtk_widget_class_install_action (widget_class, "win.new-routine", NULL, new_routine_action);
  gtk_widget_class_install_action (widget_class, "win.show-progress", NULL, show_progress_action);
  gtk_widget_class_install_action (widget_class, "win.import-routine", NULL, import_routine_action);
  gtk_widget_class_install_action (widget_class, "win.edit-routine", "s", edit_routine_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-routine", "s", duplicate_routine_action);
  gtk_widget_class_install_action (widget_class, "win.delete-routine", "s", delete_routine_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete-routine", NULL, undo_delete_routine_action);
  gtk_widget_class_install_action (widget_class, "win.export-routine", "s", export_routine_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
}

static void
sb_window_init (SbWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  sb_window_restore_state (self);

  /* typing anywhere in the window starts a search */
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (self->search_entry, "activate",
                           G_CALLBACK (on_search_activate), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->routine_list, "activate",
                           G_CALLBACK (on_routine_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->routine_page, "step-activated",
                           G_CALLBACK (on_step_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar_stack, "notify::visible-child-name",
                           G_CALLBACK (on_sidebar_page_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (update_navigation), self, G_CONNECT_SWAPPED);
}
