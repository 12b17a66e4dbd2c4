/* sb-workout-page-actions.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The guided workout's workout.* actions and its keys: Space does what
 * comes next, the arrows go back and skip, P pauses, Escape asks to
 * leave. They drive the runner; the workout keeps what it does. */

#define G_LOG_DOMAIN "sb-workout-page-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-workout-page-private.h"

#define EXTEND_REST_SECONDS 30

/* Actions ------------------------------------------------------------------- */

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SbWorkoutPage *self = SB_WORKOUT_PAGE (widget);

  if (sb_workout_runner_get_state (self->runner) != SB_WORKOUT_READY)
    return;

  sb_workout_runner_start (self->runner, (int) gtk_range_get_value (self->pain_before_scale));
  gtk_widget_grab_focus (GTK_WIDGET (self->primary_button));
}

static void
complete_set (SbWorkoutPage *self)
{
  g_autoptr(SbRoutineStep) step = sb_workout_runner_get_current_step (self->runner);
  const SbDose *dose = sb_routine_step_get_dose (step);
  g_autoptr(SbSetRecord) done = sb_set_record_new (sb_exercise_get_id (sb_routine_step_get_exercise (step)));

  /* a timed set's seconds come from the runner's clock */
  if (dose->kind == SB_DOSE_KIND_REPS)
    done->reps = gtk_spin_button_get_value_as_int (self->reps_spin);
  if (gtk_widget_get_visible (self->load_box))
    done->load_kg = gtk_spin_button_get_value (self->load_spin);
  done->effort = gtk_spin_button_get_value_as_int (self->effort_spin);

  sb_workout_runner_complete_set (self->runner, done);
}

static void
primary_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SbWorkoutPage *self = SB_WORKOUT_PAGE (widget);

  switch (sb_workout_runner_get_state (self->runner))
    {
    case SB_WORKOUT_EXERCISING:
      complete_set (self);
      break;
    case SB_WORKOUT_RESTING:
      sb_workout_runner_end_rest (self->runner);
      break;
    case SB_WORKOUT_PAUSED:
      sb_workout_runner_resume (self->runner);
      break;
    default:
      break;
    }
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SbWorkoutPage *self = SB_WORKOUT_PAGE (widget);

  /* the record taken back is gone from disk too: the workout journals it */
  sb_workout_runner_previous (self->runner);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SbWorkoutPage *self = SB_WORKOUT_PAGE (widget);

  if (sb_workout_runner_get_state (self->runner) == SB_WORKOUT_RESTING)
    sb_workout_runner_end_rest (self->runner);
  else
    sb_workout_runner_skip_set (self->runner);
}

static void
skip_exercise_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  sb_workout_runner_skip_exercise (SB_WORKOUT_PAGE (widget)->runner);
}

static void
add_set_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SbWorkoutPage *self = SB_WORKOUT_PAGE (widget);

  sb_workout_runner_add_set (self->runner);
  _sb_workout_page_update (self);
}

static void
extend_rest_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SbWorkoutPage *self = SB_WORKOUT_PAGE (widget);

  sb_workout_runner_extend_rest (self->runner, EXTEND_REST_SECONDS);
  _sb_workout_page_update (self);
}

static void
pause_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SbWorkoutPage *self = SB_WORKOUT_PAGE (widget);

  if (sb_workout_runner_get_state (self->runner) == SB_WORKOUT_PAUSED)
    sb_workout_runner_resume (self->runner);
  else
    sb_workout_runner_pause (self->runner);
}

static void
finish_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SbWorkoutPage *self = SB_WORKOUT_PAGE (widget);
  g_autofree char *notes = g_strstrip (g_strdup (gtk_editable_get_text (self->notes_row)));

  self->finishing_early = FALSE;
  sb_workout_runner_finish (self->runner, (int) gtk_range_get_value (self->pain_after_scale),
                            *notes != '\0' ? notes : NULL);
}

static void
finish_early_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SbWorkoutPage *self = SB_WORKOUT_PAGE (widget);

  sb_workout_runner_pause (self->runner);
  self->finishing_early = TRUE;
  _sb_workout_page_update (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->pain_after_scale));
}

static void
on_discard_response (AdwMessageDialog *dialog,
                     const char       *response,
                     SbWorkoutPage    *self)
{
  if (g_str_equal (response, "discard"))
    sb_workout_runner_abandon (self->runner);
  else if (g_str_equal (response, "finish"))
    gtk_widget_activate_action (GTK_WIDGET (self), "workout.finish-early", NULL);
}

/* Asks before anything is thrown away; @leaving offers finishing too. */
static void
confirm_leave (SbWorkoutPage *self,
               gboolean       leaving)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  sb_workout_runner_pause (self->runner);

  dialog = adw_message_dialog_new (GTK_WINDOW (root),
                                   leaving ? _("Leave the Workout?") : _("Discard the Workout?"),
                                   leaving ? _("The sets you have done are saved. Finish now to keep them "
                                               "in your history, or discard the whole workout.")
                                           : _("The sets you have done so far will not be kept."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Keep Going"));
  if (leaving)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "finish", _("_Finish Now"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "discard", _("_Discard"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  if (leaving)
    adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "finish", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
discard_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SbWorkoutPage *self = SB_WORKOUT_PAGE (widget);

  /* nothing recorded yet: nothing to ask about */
  if (sb_workout_runner_get_state (self->runner) == SB_WORKOUT_READY)
    sb_workout_runner_abandon (self->runner);
  else
    confirm_leave (self, FALSE);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  _sb_workout_page_close (SB_WORKOUT_PAGE (widget));
}

static void
retry_save_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  sb_workout_session_retry_save (SB_WORKOUT_PAGE (widget)->workout);
}

/* Keys ------------------------------------------------------------------------ */

static gboolean
on_exercise_page (SbWorkoutPage *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "exercise") == 0;
}

static gboolean
editing_text (SbWorkoutPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return GTK_IS_EDITABLE (focus);
}

/* Space, the arrows and P work from anywhere on the exercise page, even
 * with a button focused: they are caught before the focused widget. */
static gboolean
on_key_shortcut (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  SbWorkoutPage *self = SB_WORKOUT_PAGE (widget);
  const char *action = user_data;

  if (!on_exercise_page (self))
    return FALSE;
  if (editing_text (self) && !g_str_equal (action, "workout.primary"))
    return FALSE;

  return gtk_widget_activate_action (widget, action, NULL);
}

static gboolean
on_escape (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  SbWorkoutPage *self = SB_WORKOUT_PAGE (widget);
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  SbWorkoutState state = sb_workout_runner_get_state (self->runner);

  if (g_strcmp0 (page, "exercise") == 0)
    confirm_leave (self, TRUE);
  else if (g_strcmp0 (page, "pain-before") == 0)
    sb_workout_runner_abandon (self->runner);
  else if (g_strcmp0 (page, "pain-after") == 0 && self->finishing_early)
    {
      /* not finishing after all */
      self->finishing_early = FALSE;
      _sb_workout_page_update (self);
    }
  else if (state == SB_WORKOUT_FINISHED)
    _sb_workout_page_close (self);
  else
    return FALSE;

  return TRUE;
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  key,
              GtkShortcutFunc        func,
              const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (key, 0),
                                                          gtk_callback_action_new (func, (gpointer) action, NULL)));
}

void
_sb_workout_page_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "workout.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "workout.primary", NULL, primary_action);
  gtk_widget_class_install_action (widget_class, "workout.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "workout.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "workout.skip-exercise", NULL, skip_exercise_action);
  gtk_widget_class_install_action (widget_class, "workout.add-set", NULL, add_set_action);
  gtk_widget_class_install_action (widget_class, "workout.extend-rest", NULL, extend_rest_action);
  gtk_widget_class_install_action (widget_class, "workout.pause", NULL, pause_action);
  gtk_widget_class_install_action (widget_class, "workout.finish", NULL, finish_action);
  gtk_widget_class_install_action (widget_class, "workout.finish-early", NULL, finish_early_action);
  gtk_widget_class_install_action (widget_class, "workout.discard", NULL, discard_action);
  gtk_widget_class_install_action (widget_class, "workout.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "workout.retry-save", NULL, retry_save_action);
}

void
_sb_workout_page_add_keys (SbWorkoutPage *self)
{
  GtkEventController *keys;

  keys = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_space, on_key_shortcut, "workout.primary");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_Left, on_key_shortcut, "workout.previous");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_Right, on_key_shortcut, "workout.next");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_p, on_key_shortcut, "workout.pause");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_Escape, on_escape, NULL);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
