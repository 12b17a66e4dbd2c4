/* sb-window-session-actions.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The main window's win.* actions on sessions, each with its undo:
 * deleting one; logging a workout done elsewhere and editing a past one
 * (the form is SbSessionEditor); keeping one version of a session changed
 * on two computers; importing workouts from Strong's or Hevy's exports.
 */

#define G_LOG_DOMAIN "sb-window-session-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "storage/sb-backup.h"
#include "storage/sb-import.h"
#include "sb-window-private.h"

static void
session_deleted (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(SbWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (!sb_history_store_delete_finish (SB_HISTORY_STORE (object), result, &error))
    {
      g_clear_object (&self->deleted);
      _sb_window_show_error_toast (self, error);
      return;
    }

  toast = adw_toast_new (_("Session deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete");
  _sb_window_add_toast (self, toast);
}

static void
delete_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  SbSession *session = _sb_window_get_shown_session (self);

  if (session == NULL)
    return;

  g_set_object (&self->deleted, session);
  sb_history_store_delete_async (sb_context_get_history (self->context), session, NULL,
                                 session_deleted, g_object_ref (self));
}

static void
session_restored (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(SbWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sb_history_store_undo_delete_finish (SB_HISTORY_STORE (object), result, &error))
    _sb_window_show_error_toast (self, error);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  g_autoptr(SbSession) session = g_steal_pointer (&self->deleted);

  if (session != NULL)
    sb_history_store_undo_delete_async (sb_context_get_history (self->context), session, NULL,
                                        session_restored, g_object_ref (self));
}

/* Logging and editing sessions ------------------------------------------- */

/* The routine to log from History: the one done last, else the method's. */
static SbRoutine *
routine_to_log (SbWindow *self)
{
  SbCatalog *catalog = sb_context_get_catalog (self->context);
  GListModel *history = G_LIST_MODEL (sb_context_get_history (self->context));

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(SbSession) session = g_list_model_get_item (history, i);
      SbRoutine *routine = sb_catalog_lookup_routine (catalog, sb_session_get_routine_id (session));

      if (routine != NULL && !sb_session_is_desk_break (session))
        return routine;
    }

  return sb_catalog_lookup_routine (catalog, "gym-corrective");
}

static void
log_workout_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  SbRoutine *routine = *g_variant_get_string (parameter, NULL) == '\0' ? routine_to_log (self)
                                                                        : _sb_window_lookup_routine (self, parameter);

  if (routine == NULL)
    return;

  sb_session_editor_log (_sb_window_ensure_session_editor (self), routine);
  _sb_window_show_content (self, "log");
}

static void
edit_session_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  SbSession *session = _sb_window_get_shown_session (self);

  if (session == NULL || !sb_session_get_writable (session))
    return;

  sb_session_editor_edit (_sb_window_ensure_session_editor (self), session);
  _sb_window_show_content (self, "log");
}

static void
undo_log_done (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SbWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  /* the store's save and delete both finish with a GTask's boolean */
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    _sb_window_show_error_toast (self, error);
}

/* Undoes the last log (to the trash, as any deleted session) or edit (the
 * original saved back over it). */
static void
undo_log_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  SbHistoryStore *history = sb_context_get_history (self->context);
  g_autoptr(SbSession) replaced = g_steal_pointer (&self->replaced);
  g_autoptr(SbSession) logged = g_steal_pointer (&self->logged);

  if (replaced != NULL)
    sb_history_store_save_async (history, replaced, NULL, undo_log_done, g_object_ref (self));
  else if (logged != NULL && sb_history_store_lookup (history, sb_session_get_id (logged)) != NULL)
    sb_history_store_delete_async (history, sb_history_store_lookup (history, sb_session_get_id (logged)),
                                   NULL, undo_log_done, g_object_ref (self));
}

/* A session changed on two computers ------------------------------------- */

static void
version_kept (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(SbWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbSession) kept = g_object_steal_data (G_OBJECT (self), "keeping");
  AdwToast *toast;

  if (!sb_history_store_resolve_conflict_finish (SB_HISTORY_STORE (object), result, &error))
    {
      _sb_window_show_error_toast (self, error);
      return;
    }

  g_set_object (&self->kept_version, kept);
  toast = adw_toast_new (_("Version kept; the other is in the trash"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-keep-version");
  _sb_window_add_toast (self, toast);
}

/* Keeps the session's own version (FALSE) or the other one (TRUE). */
static void
keep_version_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  SbSession *session = _sb_window_get_shown_session (self);
  gboolean keep_other = g_variant_get_boolean (parameter);
  SbSession *kept;

  if (session == NULL || sb_session_get_conflict (session) == NULL)
    return;

  /* the version kept becomes the session: remembered for its undo */
  kept = keep_other ? sb_session_get_conflict (session) : session;
  g_object_set_data_full (G_OBJECT (self), "keeping", g_object_ref (kept), g_object_unref);
  g_clear_object (&self->kept_version);
  sb_history_store_resolve_conflict_async (sb_context_get_history (self->context), session, keep_other,
                                           NULL, version_kept, g_object_ref (self));
}

static void
undo_keep_version_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  g_autoptr(SbSession) kept = g_steal_pointer (&self->kept_version);

  if (kept != NULL)
    sb_history_store_undo_resolve_async (sb_context_get_history (self->context), kept, NULL,
                                         undo_log_done, g_object_ref (self));
}

/* Importing from Strong or Hevy ------------------------------------------- */

static void
show_import_dialog (SbWindow   *self,
                    const char *heading,
                    const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What came in, what was there already, and what Strongback left out. */
static void
workouts_imported (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(SbWindow) self = user_data;
  g_autoptr(SbImport) import = g_object_steal_data (G_OBJECT (self), "importing");
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  SbRestoreCounts counts = { 0, 0 };

  if (!sb_backup_restore_finish (SB_HISTORY_STORE (object), result, &counts, &error))
    {
      show_import_dialog (self, _("Could Not Import"), error->message);
      return;
    }

  /* Translators: e.g. “4 workouts from Strong were added to your history.” */
  g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "%u workout from %s was added to your history.",
                                             "%u workouts from %s were added to your history.", counts.added),
                          counts.added, import->app);
  if (counts.kept > 0)
    {
      g_string_append_c (body, ' ');
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "%u was there already.",
                                                 "%u were there already.", counts.kept), counts.kept);
    }
  if (import->left_out->len > 0)
    {
      g_string_append (body, "\n\n");
      g_string_append (body, _("Not imported, as Strongback has no such exercise:"));
      for (guint i = 0; i < import->left_out->len; i++)
        g_string_append_printf (body, "\n%s", (const char *) g_ptr_array_index (import->left_out, i));
    }

  show_import_dialog (self, counts.added > 0 ? _("Workouts Imported") : _("Nothing New to Import"), body->str);
  if (counts.added > 0)
    adw_view_stack_set_visible_child_name (self->sidebar_stack, "history");
}

static void
workouts_file_loaded (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(SbWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbImport) import = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (object));
  gsize length;

  if (!g_file_load_contents_finish (G_FILE (object), result, &contents, &length, NULL, &error))
    {
      g_autofree char *body = g_strdup_printf (_("Could not read “%s”: %s"), name, error->message);
      show_import_dialog (self, _("Could Not Import"), body);
      return;
    }

  /* read here, not in a thread: the catalog's routines belong to this one,
   * and an export is refused above 32 MB */
  import = sb_import_read (name, contents, length, sb_context_get_catalog (self->context), &error);
  if (import == NULL)
    {
      show_import_dialog (self, _("Could Not Import"), error->message);
      return;
    }

  if (import->sessions->len == 0)
    {
      g_autofree char *body = g_strdup_printf (_("None of the %u workouts in “%s” has an exercise Strongback knows."),
                                               import->n_workouts, name);
      show_import_dialog (self, _("Nothing to Import"), body);
      return;
    }

  sb_backup_restore_async (sb_context_get_history (self->context), import->sessions, NULL,
                           workouts_imported, g_object_ref (self));
  g_object_set_data_full (G_OBJECT (self), "importing", g_steal_pointer (&import), (GDestroyNotify) sb_import_free);
}

static void
import_workouts_file_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  g_file_load_contents_async (file, NULL, workouts_file_loaded, g_object_ref (widget));
}

static void
on_import_workouts_response (GtkNativeDialog *chooser,
                             int              response,
                             SbWindow        *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.import-workouts-file", "s", uri);
    }

  g_object_unref (chooser);
}

static void
import_workouts_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Strong or Hevy Exports"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  chooser = gtk_file_chooser_native_new (_("Import from Strong or Hevy"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_workouts_response), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_sb_window_class_add_session_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.delete-session", NULL, delete_session_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.log-workout", "s", log_workout_action);
  gtk_widget_class_install_action (widget_class, "win.edit-session", NULL, edit_session_action);
  gtk_widget_class_install_action (widget_class, "win.undo-log", NULL, undo_log_action);
  gtk_widget_class_install_action (widget_class, "win.keep-version", "b", keep_version_action);
  gtk_widget_class_install_action (widget_class, "win.undo-keep-version", NULL, undo_keep_version_action);
  gtk_widget_class_install_action (widget_class, "win.import-workouts", NULL, import_workouts_action);
  gtk_widget_class_install_action (widget_class, "win.import-workouts-file", "s", import_workouts_file_action);
}
