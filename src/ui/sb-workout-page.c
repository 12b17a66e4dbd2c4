/* sb-workout-page.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The guided workout, filling the window: pain before, then each set with
 * its demonstration, the count or countdown in large type, the plan, last
 * time and a hint, then pain after and notes, then a summary. It is meant
 * to be read from a few metres away and worked with one key (its actions
 * and keys are in sb-workout-page-actions.c).
 *
 * The page shows the context's workout (#SbContext:workout) as its
 * SbWorkoutRunner's signals say, drives the runner from the person's keys
 * and buttons, and plays the runner's cues when sound cues are on. It
 * keeps nothing itself: the SbWorkoutSession journals and saves. ::closed
 * asks the window to go back to browsing.
 */

#define G_LOG_DOMAIN "sb-workout-page"

#include "config.h"

#include <glib/gi18n.h>

#include "storage/sb-demo-library.h"
#include "workout/sb-format.h"
#include "workout/sb-progress.h"
#include "sb-workout-page-private.h"


G_DEFINE_FINAL_TYPE (SbWorkoutPage, sb_workout_page, ADW_TYPE_BIN)

enum {
  CLOSED,   /* (): the workout is over or was left; back to browsing */
  N_SIGNALS
};

static guint signals[N_SIGNALS];


static void on_workout_changed (SbWorkoutPage *self);

GtkWidget *
sb_workout_page_new (SbContext *context)
{
  SbWorkoutPage *self;

  g_return_val_if_fail (SB_IS_CONTEXT (context), NULL);

  self = g_object_new (SB_TYPE_WORKOUT_PAGE, NULL);
  self->context = g_object_ref (context);
  sb_workout_summary_set_context (self->summary, context);
  g_signal_connect_object (context, "notify::workout", G_CALLBACK (on_workout_changed), self, G_CONNECT_SWAPPED);
  on_workout_changed (self);
  return GTK_WIDGET (self);
}

/**
 * sb_workout_page_get_workout:
 *
 * Returns: (transfer none) (nullable): the workout shown
 */
SbWorkoutSession *
sb_workout_page_get_workout (SbWorkoutPage *self)
{
  g_return_val_if_fail (SB_IS_WORKOUT_PAGE (self), NULL);
  return self->workout;
}

/* Below this width the demonstration goes above the count, not beside it. */
#define NARROW_WIDTH 700

static void
set_narrow (SbWorkoutPage *self,
            gboolean       narrow)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->exercise_box),
                                  narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  gtk_widget_set_size_request (GTK_WIDGET (self->demo_view), -1, narrow ? 200 : -1);
  gtk_widget_set_size_request (self->panel, narrow ? -1 : 320, -1);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->entries),
                                  narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
}

/* Helpers ------------------------------------------------------------- */

static SbExerciseProgress *
step_progress (SbWorkoutPage *self)
{
  guint index = sb_workout_runner_get_step (self->runner);
  SbExerciseProgress *progress = g_hash_table_lookup (self->progress, GUINT_TO_POINTER (index));

  if (progress == NULL)
    {
      g_autoptr(SbRoutineStep) step = sb_workout_runner_get_current_step (self->runner);
      SbSession *session = sb_workout_runner_get_session (self->runner);

      progress = sb_exercise_progress_new (G_LIST_MODEL (sb_context_get_history (self->context)),
                                           sb_routine_step_get_exercise (step),
                                           sb_routine_step_get_dose (step),
                                           session ? sb_session_get_id (session) : NULL);
      g_hash_table_insert (self->progress, GUINT_TO_POINTER (index), progress);
    }

  return progress;
}






static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_label (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/* The values a set starts with: the plan, or last time's load. */
void
_sb_workout_page_reset_entries (SbWorkoutPage *self)
{
  g_autoptr(SbRoutineStep) step = sb_workout_runner_get_current_step (self->runner);
  const SbDose *dose = sb_routine_step_get_dose (step);
  SbExerciseProgress *progress = step_progress (self);
  double load = dose->load_kg;

  for (guint i = 0; i < progress->last_sets->len; i++)
    load = MAX (load, ((SbSetRecord *) g_ptr_array_index (progress->last_sets, i))->load_kg);

  gtk_spin_button_set_value (self->reps_spin, dose->reps);
  gtk_spin_button_set_value (self->load_spin, MAX (load, 0));
  gtk_widget_set_visible (self->load_box, load > 0);
  gtk_widget_set_visible (self->reps_box, dose->kind == SB_DOSE_KIND_REPS);
  gtk_spin_button_set_value (self->effort_spin, 0);
}

static void
load_demo (SbWorkoutPage *self,
           SbExercise    *exercise)
{
  g_autofree char *uri = NULL;

  if (g_strcmp0 (self->demo_exercise, sb_exercise_get_id (exercise)) == 0)
    return;

  g_free (self->demo_exercise);
  self->demo_exercise = g_strdup (sb_exercise_get_id (exercise));
  uri = sb_demo_library_dup_shown_uri (exercise);
  sb_demo_view_set_uri (self->demo_view, uri);
}

/* Showing the state ---------------------------------------------------- */

static void
update_actions (SbWorkoutPage  *self,
                SbWorkoutState  state)
{
  gboolean running = state == SB_WORKOUT_EXERCISING || state == SB_WORKOUT_RESTING;
  gboolean under_way = (running || state == SB_WORKOUT_PAUSED) && !self->finishing_early;
  SbSession *session = sb_workout_runner_get_session (self->runner);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workout.primary", under_way);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workout.pause", under_way);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workout.previous",
                                 (running || state == SB_WORKOUT_COMPLETE) &&
                                 session != NULL && sb_session_get_n_sets (session) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workout.next", running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workout.skip-exercise", running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workout.add-set", under_way);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workout.extend-rest", state == SB_WORKOUT_RESTING);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workout.finish-early", under_way);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workout.discard",
                                 state != SB_WORKOUT_FINISHED && state != SB_WORKOUT_ABANDONED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workout.retry-save",
                                 state == SB_WORKOUT_FINISHED && !sb_workout_session_get_saved (self->workout));

  gtk_widget_set_visible (self->pause_button, under_way);
  gtk_button_set_icon_name (GTK_BUTTON (self->pause_button),
                            state == SB_WORKOUT_PAUSED ? "media-playback-start-symbolic" : "media-playback-pause-symbolic");
  gtk_widget_set_tooltip_text (self->pause_button, state == SB_WORKOUT_PAUSED ? _("Resume (P)") : _("Pause (P)"));
}

static void
update_exercise (SbWorkoutPage  *self,
                 SbWorkoutState  state)
{
  g_autoptr(SbRoutineStep) step = sb_workout_runner_get_current_step (self->runner);
  SbExercise *exercise = sb_routine_step_get_exercise (step);
  const SbDose *dose = sb_routine_step_get_dose (step);
  GListModel *steps = sb_routine_get_steps (sb_workout_runner_get_routine (self->runner));
  guint index = sb_workout_runner_get_step (self->runner);
  g_autoptr(SbRoutineStep) next = g_list_model_get_item (steps, index + 1);
  SbExerciseProgress *progress = step_progress (self);
  int remaining = sb_workout_runner_get_remaining (self->runner);
  g_autofree char *phase = NULL;
  g_autofree char *count = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *plan = NULL;
  g_autofree char *plan_text = NULL;
  g_autofree char *last = NULL;
  g_autofree char *hint = NULL;
  g_autofree char *next_text = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *set_text = g_strdup_printf (_("Set %u of %u"), sb_workout_runner_get_set (self->runner) + 1,
                                               sb_workout_runner_get_n_sets (self->runner));

  if (state == SB_WORKOUT_RESTING)
    /* Translators: shown during a rest, e.g. “Rest · then Set 2 of 3” */
    phase = g_strdup_printf (_("Rest · then %s"), set_text);
  else if (state == SB_WORKOUT_PAUSED)
    /* Translators: e.g. “Paused · Set 2 of 3” */
    phase = g_strdup_printf (_("Paused · %s"), set_text);
  else
    phase = g_strdup (set_text);

  if (remaining >= 0)
    {
      count = sb_format_clock (remaining);
      unit = g_strdup (state == SB_WORKOUT_RESTING ? _("rest left") : _("to go"));
    }
  else if (dose->kind == SB_DOSE_KIND_REPS)
    {
      count = g_strdup_printf ("%d", dose->reps);
      unit = g_strdup (dose->per_side ? g_dngettext (GETTEXT_PACKAGE, "rep a side", "reps a side", dose->reps)
                                      : g_dngettext (GETTEXT_PACKAGE, "rep", "reps", dose->reps));
    }
  else
    {
      count = g_strdup_printf ("%d", dose->meters);
      /* Translators: the unit under a distance, as in “400 metres” */
      unit = g_strdup (_("metres"));
    }

  plan = sb_format_dose (dose);
  /* Translators: the routine's dose for this exercise, e.g. “Plan: 3 × 12 reps · rest 60 s” */
  plan_text = g_strdup_printf (_("Plan: %s"), plan);
  if (progress->last_sets->len > 0)
    last = sb_format_last_time (progress);
  hint = sb_format_hint (progress, dose, sb_context_get_catalog (self->context));
  if (next != NULL)
    next_text = g_strdup_printf (_("Next: %s"), sb_exercise_get_name (sb_routine_step_get_exercise (next)));
  else
    next_text = g_strdup (_("Last exercise"));

  gtk_label_set_label (self->phase_label, phase);
  gtk_label_set_label (self->exercise_label, sb_exercise_get_name (exercise));
  gtk_label_set_label (self->count_label, count);
  gtk_label_set_label (self->unit_label, unit);
  set_label (self->plan_label, plan_text);
  set_label (self->last_label, last);
  set_label (self->hint_label, hint);
  gtk_label_set_label (self->next_label, next_text);
  gtk_widget_set_visible (self->entries, state == SB_WORKOUT_EXERCISING);
  gtk_widget_set_visible (self->panel, TRUE);

  gtk_button_set_label (self->primary_button,
                        state == SB_WORKOUT_RESTING ? _("_Skip Rest") :
                        state == SB_WORKOUT_PAUSED ? _("_Resume") : _("_Done"));

  /* Translators: the window's subtitle during a workout, e.g. “Exercise 2 of 5” */
  subtitle = g_strdup_printf (_("Exercise %u of %u"), index + 1, g_list_model_get_n_items (steps));
  adw_window_title_set_subtitle (self->title, subtitle);

  load_demo (self, exercise);
  sb_demo_player_set_playing (sb_demo_view_get_player (self->demo_view), state != SB_WORKOUT_PAUSED);
}

void
_sb_workout_page_update (SbWorkoutPage *self)
{
  SbWorkoutState state;
  const char *page;

  if (self->runner == NULL)
    return;

  state = sb_workout_runner_get_state (self->runner);
  update_actions (self, state);

  switch (state)
    {
    case SB_WORKOUT_READY:
      page = "pain-before";
      break;
    case SB_WORKOUT_EXERCISING:
    case SB_WORKOUT_RESTING:
    case SB_WORKOUT_PAUSED:
      page = self->finishing_early ? "pain-after" : "exercise";
      if (!self->finishing_early)
        update_exercise (self, state);
      break;
    case SB_WORKOUT_COMPLETE:
      page = "pain-after";
      break;
    case SB_WORKOUT_FINISHED:
    case SB_WORKOUT_ABANDONED:
    default:
      page = "summary";
      break;
    }

  if (g_strcmp0 (page, "exercise") != 0)
    {
      sb_demo_player_pause (sb_demo_view_get_player (self->demo_view));
      adw_window_title_set_subtitle (self->title, "");
    }
  gtk_stack_set_visible_child_name (self->stack, page);
}

/* The runner's signals ------------------------------------------------------ */

static void
on_state_changed (SbWorkoutPage  *self,
                  SbWorkoutState  state)
{
  if (state == SB_WORKOUT_ABANDONED)
    {
      g_signal_emit (self, signals[CLOSED], 0);
      return;
    }

  _sb_workout_page_update (self);
}

static void
on_step_changed (SbWorkoutPage *self)
{
  _sb_workout_page_reset_entries (self);
  _sb_workout_page_update (self);
}


static void
on_cue (SbWorkoutPage *self,
        SbWorkoutCue   cue)
{
  if (!g_settings_get_boolean (sb_context_get_settings (self->context), "sound-cues"))
    return;

  if (self->cues == NULL)
    self->cues = sb_cue_player_new ();
  sb_cue_player_play (self->cues, cue == SB_WORKOUT_CUE_END ? SB_CUE_SOUND_END : SB_CUE_SOUND_COUNTDOWN);
}

static void
on_finished (SbWorkoutPage *self)
{
  sb_workout_summary_set_workout (self->summary, self->workout);
  _sb_workout_page_update (self);
}

/* Back to browsing. */
void
_sb_workout_page_close (SbWorkoutPage *self)
{
  g_signal_emit (self, signals[CLOSED], 0);
}

static void
on_saved_changed (SbWorkoutPage *self)
{
  _sb_workout_page_update (self);
}

/* A new workout: shown from its start, or from where it was left. */
static void
on_workout_changed (SbWorkoutPage *self)
{
  SbWorkoutSession *workout = sb_context_get_workout (self->context);

  if (workout == self->workout)
    return;

  if (self->runner != NULL)
    g_signal_handlers_disconnect_by_data (self->runner, self);
  if (self->workout != NULL)
    g_signal_handlers_disconnect_by_data (self->workout, self);
  g_set_object (&self->workout, workout);
  g_clear_object (&self->runner);
  if (workout != NULL)
    self->runner = g_object_ref (sb_workout_session_get_runner (workout));
  g_hash_table_remove_all (self->progress);
  g_clear_pointer (&self->demo_exercise, g_free);
  self->finishing_early = FALSE;

  if (workout == NULL)
    {
      sb_demo_player_pause (sb_demo_view_get_player (self->demo_view));
      return;
    }

  g_signal_connect_object (self->runner, "state-changed", G_CALLBACK (on_state_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->runner, "step-changed", G_CALLBACK (on_step_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->runner, "set-completed", G_CALLBACK (_sb_workout_page_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->runner, "tick", G_CALLBACK (_sb_workout_page_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->runner, "cue", G_CALLBACK (on_cue), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->runner, "finished", G_CALLBACK (on_finished), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workout, "notify::saved", G_CALLBACK (on_saved_changed), self, G_CONNECT_SWAPPED);

  adw_window_title_set_title (self->title, sb_routine_get_name (sb_workout_runner_get_routine (self->runner)));
  adw_window_title_set_subtitle (self->title, "");
  gtk_editable_set_text (self->notes_row, "");
  gtk_range_set_value (self->pain_before_scale, 0);
  gtk_range_set_value (self->pain_after_scale, 0);

  /* one resumed goes on, paused at its next set */
  if (sb_workout_runner_get_state (self->runner) != SB_WORKOUT_READY &&
      sb_workout_runner_get_state (self->runner) != SB_WORKOUT_COMPLETE)
    _sb_workout_page_reset_entries (self);
  _sb_workout_page_update (self);
  gtk_widget_grab_focus (sb_workout_runner_get_state (self->runner) == SB_WORKOUT_READY
                         ? GTK_WIDGET (self->pain_before_scale) : GTK_WIDGET (self->primary_button));
}

/* Lifecycle ---------------------------------------------------------------- */

static void
sb_workout_page_dispose (GObject *object)
{
  SbWorkoutPage *self = SB_WORKOUT_PAGE (object);

  if (self->runner != NULL)
    g_signal_handlers_disconnect_by_data (self->runner, self);
  if (self->workout != NULL)
    g_signal_handlers_disconnect_by_data (self->workout, self);

  /* AdwBin unparents its child itself; disposing the template as well
   * would unparent it twice. */
  g_clear_object (&self->runner);
  g_clear_object (&self->workout);
  g_clear_object (&self->cues);
  g_clear_object (&self->context);
  g_clear_pointer (&self->progress, g_hash_table_unref);
  g_clear_pointer (&self->demo_exercise, g_free);

  G_OBJECT_CLASS (sb_workout_page_parent_class)->dispose (object);
}

/* Side by side needs more width than a phone-sized window has, but the
 * page stacks its parts before that (below), so it asks only for what the
 * stacked layout needs, like AdwLeaflet does for its folded layout. */
#define STACKED_MIN_WIDTH 360

static void
sb_workout_page_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  gtk_widget_measure (adw_bin_get_child (ADW_BIN (widget)), orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = MIN (*minimum, STACKED_MIN_WIDTH);
}

/* Folds like AdwLeaflet: the layout follows the width it is given. */
static void
sb_workout_page_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  SbWorkoutPage *self = SB_WORKOUT_PAGE (widget);
  gboolean narrow = width < NARROW_WIDTH;

  if (narrow != (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->exercise_box)) == GTK_ORIENTATION_VERTICAL))
    set_narrow (self, narrow);

  gtk_widget_allocate (adw_bin_get_child (ADW_BIN (widget)), width, height, baseline, NULL);
}

static void
sb_workout_page_class_init (SbWorkoutPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_workout_page_dispose;
  widget_class->size_allocate = sb_workout_page_size_allocate;
  widget_class->measure = sb_workout_page_measure;

  signals[CLOSED] =
    g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SB_TYPE_DEMO_VIEW);
  g_type_ensure (SB_TYPE_WORKOUT_SUMMARY);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/strongback/Strongback/ui/sb-workout-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, title);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, pause_button);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, pain_before_scale);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, exercise_box);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, demo_view);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, panel);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, phase_label);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, exercise_label);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, unit_label);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, plan_label);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, last_label);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, hint_label);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, entries);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, reps_box);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, reps_spin);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, load_box);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, load_spin);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, effort_spin);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, primary_button);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, next_label);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, summary);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, pain_after_scale);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutPage, notes_row);

  _sb_workout_page_class_add_actions (widget_class);
}

static void
sb_workout_page_init (SbWorkoutPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* measured and allocated here (below), not by AdwBin's layout manager */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);

  self->progress = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) sb_exercise_progress_free);

  for (guint i = 0; i < 2; i++)
    {
      GtkScale *scale = GTK_SCALE (i == 0 ? self->pain_before_scale : self->pain_after_scale);

      /* Translators: the ends of the 0 to 10 pain scale */
      gtk_scale_add_mark (scale, 0, GTK_POS_BOTTOM, _("No pain"));
      gtk_scale_add_mark (scale, 5, GTK_POS_BOTTOM, NULL);
      gtk_scale_add_mark (scale, 10, GTK_POS_BOTTOM, _("Worst"));
    }

  _sb_workout_page_add_keys (self);
}
