/* sb-window-actions.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The main window's win.* actions: going back, searching, the method;
 * the user's routines (new, edit, duplicate, delete with undo, export,
 * import); progress and history; starting a
 * workout, with the safety screen before the first; and win.toast, through
 * which any widget in the window tells the person something. The actions
 * on sessions are in sb-window-session-actions.c.
 */

#define G_LOG_DOMAIN "sb-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "storage/sb-routine-codec.h"
#include "sb-exercise-chooser.h"
#include "sb-method-page.h"
#include "sb-routine-card.h"
#include "sb-window-private.h"

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  const char *page = gtk_stack_get_visible_child_name (self->content_stack);

  /* from the editor, back to the routine as it is now */
  if (g_strcmp0 (page, "editor") == 0)
    _sb_window_show_routine (self, sb_routine_editor_get_routine (self->editor));
  /* from a log or an edit, nothing saved: back to the session or routine */
  else if (g_strcmp0 (page, "log") == 0)
    {
      SbSession *original = sb_session_editor_get_original (self->session_editor);

      if (original != NULL)
        _sb_window_show_session (self, original);
      else
        gtk_stack_set_visible_child_name (self->content_stack,
                                          sb_routine_page_get_routine (self->routine_page) ? "routine" : "empty");
    }
  /* from an exercise or the method, back to the routine they came from */
  else if (g_strcmp0 (page, "exercise") == 0 || g_strcmp0 (page, "method") == 0)
    {
      gtk_stack_set_visible_child_name (self->content_stack,
                                        sb_routine_page_get_routine (self->routine_page) ? "routine" : "empty");
      _sb_window_pause_demo (self);
    }
  else
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);

  _sb_window_update_navigation (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  adw_view_stack_set_visible_child_name (self->sidebar_stack, "routines");
  sb_routine_sidebar_set_search_mode (self->routine_sidebar, TRUE);
}

static void
method_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);

  /* made on first use: a long text that startup need not lay out */
  if (gtk_stack_get_child_by_name (self->content_stack, "method") == NULL)
    gtk_stack_add_named (self->content_stack, sb_method_page_new (), "method");
  _sb_window_show_content (self, "method");
}

static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  _sb_window_add_toast (SB_WINDOW (widget), adw_toast_new (g_variant_get_string (parameter, NULL)));
}

void
_sb_window_show_error_toast (SbWindow     *self,
                  const GError *error)
{
  _sb_window_add_toast (self, adw_toast_new (error->message));
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

/* The user's own routines ------------------------------------------------ */

static SbRoutineStore *
routines (SbWindow *self)
{
  return sb_context_get_routines (self->context);
}

static SbRoutine *
routine_for_action (SbWindow *self,
                    GVariant *parameter)
{
  return sb_catalog_lookup_routine (sb_context_get_catalog (self->context), g_variant_get_string (parameter, NULL));
}

static void
edit_routine_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  SbRoutine *routine = routine_for_action (self, parameter);

  if (routine != NULL && !sb_routine_get_builtin (routine))
    _sb_window_show_editor (self, routine);
}

static void
duplicate_routine_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  SbRoutine *routine = routine_for_action (self, parameter);

  if (routine != NULL)
    _sb_window_show_editor (self, sb_routine_store_add (routines (self), routine, NULL));
}

static void
on_first_exercise_chosen (SbWindow   *self,
                          SbExercise *exercise)
{
  _sb_window_show_editor (self, sb_routine_store_add (routines (self), NULL, exercise));
}

/* A routine starts from its first exercise: one without any could not be
 * saved. */
static void
new_routine_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  GtkWidget *chooser = sb_exercise_chooser_new (self->context, GTK_WINDOW (self));

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
  if (!sb_routine_store_delete_finish (SB_ROUTINE_STORE (object), result, &error))
    {
      g_clear_object (&self->deleted_routine);
      self->undo_requested = FALSE;
      _sb_window_show_error_toast (self, error);
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
  _sb_window_add_toast (self, toast);
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
  sb_routine_store_delete_async (routines (self), routine, NULL, routine_deleted, g_object_ref (self));
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  _sb_window_update_navigation (self);
}

static void
routine_restored (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(SbWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sb_routine_store_undo_delete_finish (SB_ROUTINE_STORE (object), result, &error))
    _sb_window_show_error_toast (self, error);
}

static void
undo_delete_routine (SbWindow *self)
{
  g_autoptr(SbRoutine) routine = g_steal_pointer (&self->deleted_routine);

  self->undo_requested = FALSE;
  if (routine == NULL)
    return;

  sb_routine_store_undo_delete_async (routines (self), routine, NULL, routine_restored, g_object_ref (self));
  sb_routine_sidebar_select (self->routine_sidebar, routine);
  _sb_window_show_routine (self, routine);
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

  _sb_window_add_toast (self, adw_toast_new (text));
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
      char *data = sb_routine_codec_write (routine);
      g_autoptr(GBytes) bytes = g_bytes_new_take (data, strlen (data));

      g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
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
routine_file_loaded (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(SbWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (object));
  g_autofree char *text = NULL;
  SbRoutine *routine;
  gsize length;

  if (!g_file_load_contents_finish (G_FILE (object), result, &contents, &length, NULL, &error))
    {
      g_autofree char *body = g_strdup_printf (_("Could not read “%s”: %s"), name, error->message);
      show_error_dialog (self, _("The Routine Was Not Imported"), body);
      return;
    }

  routine = sb_routine_store_import (routines (self), name, contents, length, &error);
  if (routine == NULL)
    {
      show_error_dialog (self, _("The Routine Was Not Imported"), error->message);
      return;
    }

  adw_view_stack_set_visible_child_name (self->sidebar_stack, "routines");
  sb_routine_sidebar_select (self->routine_sidebar, routine);
  _sb_window_show_routine (self, routine);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  /* Translators: %s is a routine's name */
  text = g_strdup_printf (_("Imported “%s”"), sb_routine_get_name (routine));
  _sb_window_add_toast (self, adw_toast_new (text));
}

/* win.import-routine-file (s): adds the routine shared in the file at this
 * URI and shows it, or explains why it was refused. */
static void
import_routine_file_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  g_file_load_contents_async (file, NULL, routine_file_loaded, g_object_ref (widget));
}

static void
on_import_response (GtkNativeDialog *chooser,
                    int              response,
                    SbWindow        *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.import-routine-file", "s", uri);
    }

  g_object_unref (chooser);
}

static void
import_routine_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import Routine"), GTK_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json_filter ());
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_response), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* History and progress ----------------------------------------------------- */

static void
show_progress_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _sb_window_show_progress (SB_WINDOW (widget));
}

/* Brings the history into view, unless a workout is under way. */
/* The routine named by an action's parameter; a toast says when there is
 * none (a notification about a routine deleted since). */
SbRoutine *
_sb_window_lookup_routine (SbWindow *self,
                GVariant *parameter)
{
  const char *id = g_variant_get_string (parameter, NULL);
  SbRoutine *routine = sb_catalog_lookup_routine (sb_context_get_catalog (self->context), id);

  if (routine == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("There is no routine “%s”"), id);
      _sb_window_add_toast (self, adw_toast_new (text));
    }
  return routine;
}

/* From a notification: the routine's page, its row selected. */
static void
show_routine_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  SbRoutine *routine = _sb_window_lookup_routine (self, parameter);

  if (routine == NULL || g_strcmp0 (gtk_stack_get_visible_child_name (self->root_stack), "workout") == 0)
    return;

  adw_view_stack_set_visible_child_name (self->sidebar_stack, "routines");
  sb_routine_sidebar_select (self->routine_sidebar, routine);
  _sb_window_show_routine (self, routine);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
show_history_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->root_stack), "workout") == 0)
    return;

  adw_view_stack_set_visible_child_name (self->sidebar_stack, "history");
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

/* The routine card ---------------------------------------------------------- */

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               SbWindow                *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      _sb_window_show_error_toast (self, error);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    /* the dialog's choices (printer, paper) for the next card */
    g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (operation));
}

static void
print_routine_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);
  SbRoutine *routine = _sb_window_lookup_routine (self, parameter);
  g_autoptr(SbRoutineCard) card = NULL;
  g_autoptr(GError) error = NULL;

  if (routine == NULL)
    return;

  card = sb_routine_card_new (routine);
  if (self->print_settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (card), self->print_settings);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (card), TRUE);
  g_signal_connect_object (card, "done", G_CALLBACK (on_print_done), self, 0);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (card), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    _sb_window_show_error_toast (self, error);
}

/* Starting a workout ----------------------------------------------------- */

static void
on_safety_response (AdwMessageDialog *dialog,
                    const char       *response,
                    SbWindow         *self)
{
  SbRoutine *routine = g_object_get_data (G_OBJECT (dialog), "routine");

  if (!g_str_equal (response, "accept"))
    return;

  g_settings_set_boolean (sb_context_get_settings (self->context), "safety-accepted", TRUE);
  sb_context_start_workout (self->context, routine);
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
  SbRoutine *routine = _sb_window_lookup_routine (self, parameter);
  SbWorkoutSession *workout = sb_context_get_workout (self->context);

  if (routine == NULL)
    return;

  /* a workout under way is never replaced by another */
  if (workout != NULL && sb_workout_session_get_active (workout))
    return;

  if (!g_settings_get_boolean (sb_context_get_settings (self->context), "safety-accepted"))
    show_safety (self, routine);
  else
    sb_context_start_workout (self->context, routine);
}

void
_sb_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.method", NULL, method_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  _sb_window_class_add_session_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.start-workout", "s", start_workout_action);
  gtk_widget_class_install_action (widget_class, "win.new-routine", NULL, new_routine_action);
  gtk_widget_class_install_action (widget_class, "win.show-progress", NULL, show_progress_action);
  gtk_widget_class_install_action (widget_class, "win.show-history", NULL, show_history_action);
  gtk_widget_class_install_action (widget_class, "win.show-routine", "s", show_routine_action);
  gtk_widget_class_install_action (widget_class, "win.import-routine", NULL, import_routine_action);
  gtk_widget_class_install_action (widget_class, "win.import-routine-file", "s", import_routine_file_action);
  gtk_widget_class_install_action (widget_class, "win.edit-routine", "s", edit_routine_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-routine", "s", duplicate_routine_action);
  gtk_widget_class_install_action (widget_class, "win.delete-routine", "s", delete_routine_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete-routine", NULL, undo_delete_routine_action);
  gtk_widget_class_install_action (widget_class, "win.export-routine", "s", export_routine_action);
  gtk_widget_class_install_action (widget_class, "win.print-routine", "s", print_routine_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
}
