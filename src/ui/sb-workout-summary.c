/* sb-workout-summary.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The end of a guided workout: how long it took, the sets done, the pain
 * before and after, the notes, what went further than last time, and
 * whether the session is safely in the history yet (following the
 * workout's #SbWorkoutSession:saved and :save-error; "Try Again" is the
 * workout page's workout.retry-save). */

#define G_LOG_DOMAIN "sb-workout-summary"

#include "config.h"

#include <glib/gi18n.h>

#include "workout/sb-format.h"
#include "workout/sb-progress.h"
#include "sb-workout-summary.h"

struct _SbWorkoutSummary
{
  AdwBin               parent_instance;

  SbContext           *context;
  SbWorkoutSession    *workout;
  GPtrArray           *improved_rows;

  GtkLabel            *summary_title;
  GtkLabel            *summary_status;
  GtkWidget           *retry_button;
  AdwActionRow        *time_row;
  AdwActionRow        *sets_row;
  AdwActionRow        *pain_row;
  AdwActionRow        *notes_summary_row;
  AdwPreferencesGroup *improved_group;
};

G_DEFINE_FINAL_TYPE (SbWorkoutSummary, sb_workout_summary, ADW_TYPE_BIN)

/**
 * sb_workout_summary_set_context:
 *
 * Where the last sessions are found, to tell what went further.
 */
void
sb_workout_summary_set_context (SbWorkoutSummary *self,
                                SbContext        *context)
{
  g_return_if_fail (SB_IS_WORKOUT_SUMMARY (self));
  g_set_object (&self->context, context);
}

static void
update_save_status (SbWorkoutSummary *self)
{
  const GError *error = sb_workout_session_get_save_error (self->workout);
  g_autofree char *text = NULL;

  if (error != NULL)
    text = g_strdup_printf (_("Not saved to your history yet: %s. Your workout is kept and offered again at the next start."),
                            error->message);

  gtk_label_set_label (self->summary_status,
                       text ? text : sb_workout_session_get_saved (self->workout) ? _("Saved to your history.") : _("Saving…"));
  gtk_widget_set_visible (self->retry_button, error != NULL);
}

static void
add_improvement (SbWorkoutSummary *self,
                 SbExercise       *exercise,
                 const char       *now,
                 const char       *before)
{
  GtkWidget *row = adw_action_row_new ();
  /* Translators: how much was done today, then last time, e.g. “36 reps, last time 30 reps” */
  g_autofree char *text = g_strdup_printf (_("%s, last time %s"), now, before);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sb_exercise_get_name (exercise));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
  adw_preferences_group_add (self->improved_group, row);
  g_ptr_array_add (self->improved_rows, row);
}

/* What went further than the last session that did the same exercise. */
static void
fill_improvements (SbWorkoutSummary *self,
                   SbSession        *session)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < self->improved_rows->len; i++)
    adw_preferences_group_remove (self->improved_group, g_ptr_array_index (self->improved_rows, i));
  g_ptr_array_set_size (self->improved_rows, 0);

  for (guint i = 0; i < sb_session_get_n_sets (session); i++)
    {
      const char *id = sb_session_get_set (session, i)->exercise_id;
      SbExercise *exercise = sb_catalog_lookup_exercise (sb_context_get_catalog (self->context), id);
      g_autoptr(SbExerciseProgress) progress = NULL;
      SbProgressTotals now, before;

      if (exercise == NULL || !g_hash_table_add (seen, (gpointer) id))
        continue;

      progress = sb_exercise_progress_new (G_LIST_MODEL (sb_context_get_history (self->context)), exercise, sb_exercise_get_dose (exercise),
                                           sb_session_get_id (session));
      if (progress->last_session == NULL)
        continue;

      sb_progress_totals (session, id, &now);
      sb_progress_totals (progress->last_session, id, &before);

      if (now.max_load > before.max_load && before.max_load > 0)
        {
          g_autofree char *a = g_strdup_printf (_("%g kg"), now.max_load);
          g_autofree char *b = g_strdup_printf (_("%g kg"), before.max_load);
          add_improvement (self, exercise, a, b);
        }
      else if (now.reps > before.reps && before.reps >= 0)
        {
          g_autofree char *a = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d rep", "%d reps", now.reps), now.reps);
          g_autofree char *b = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d rep", "%d reps", before.reps), before.reps);
          add_improvement (self, exercise, a, b);
        }
      else if (now.seconds > before.seconds && before.seconds >= 0)
        {
          g_autofree char *a = sb_format_duration ((gint64) now.seconds * G_USEC_PER_SEC);
          g_autofree char *b = sb_format_duration ((gint64) before.seconds * G_USEC_PER_SEC);
          add_improvement (self, exercise, a, b);
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->improved_group), self->improved_rows->len > 0);
}

static void
fill_summary (SbWorkoutSummary *self,
              SbSession        *session)
{
  guint done = 0, n = sb_session_get_n_sets (session);
  g_autofree char *time = NULL;
  g_autofree char *sets = NULL;
  g_autofree char *pain = NULL;
  const char *notes = sb_session_get_notes (session);
  int before = sb_session_get_pain_before (session);
  int after = sb_session_get_pain_after (session);

  for (guint i = 0; i < n; i++)
    done += !sb_session_get_set (session, i)->skipped;

  time = sb_format_duration (g_date_time_difference (sb_session_get_end_time (session),
                                                     sb_session_get_start_time (session)));
  /* Translators: sets done of all the sets, e.g. “12 of 13” */
  sets = g_strdup_printf (_("%u of %u"), done, n);
  if (before >= 0 && after >= 0)
    /* Translators: pain before and after, from 0 to 10, e.g. “5 → 3” */
    pain = g_strdup_printf (_("%d → %d"), before, after);
  else
    pain = g_strdup (_("Not rated"));

  gtk_label_set_label (self->summary_title, after >= 0 && before >= 0 && after - before >= 2 ?
                       _("Workout Done. Go Easier Next Time") : _("Workout Done"));
  adw_action_row_set_subtitle (self->time_row, time);
  adw_action_row_set_subtitle (self->sets_row, sets);
  adw_action_row_set_subtitle (self->pain_row, pain);
  adw_action_row_set_subtitle (self->notes_summary_row, notes ? notes : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notes_summary_row), notes != NULL && *notes != '\0');
  fill_improvements (self, session);
}

/**
 * sb_workout_summary_set_workout:
 * @workout: a finished workout
 *
 * Shows @workout, and whether it is saved as that changes.
 */
void
sb_workout_summary_set_workout (SbWorkoutSummary *self,
                                SbWorkoutSession *workout)
{
  g_return_if_fail (SB_IS_WORKOUT_SUMMARY (self));
  g_return_if_fail (SB_IS_WORKOUT_SESSION (workout));

  if (self->workout != NULL)
    g_signal_handlers_disconnect_by_data (self->workout, self);
  g_set_object (&self->workout, workout);
  g_signal_connect_object (workout, "notify::saved", G_CALLBACK (update_save_status), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workout, "notify::save-error", G_CALLBACK (update_save_status), self, G_CONNECT_SWAPPED);

  fill_summary (self, sb_workout_session_get_session (workout));
  update_save_status (self);
}

static void
sb_workout_summary_dispose (GObject *object)
{
  SbWorkoutSummary *self = SB_WORKOUT_SUMMARY (object);

  if (self->workout != NULL)
    g_signal_handlers_disconnect_by_data (self->workout, self);
  g_clear_object (&self->workout);
  g_clear_object (&self->context);
  g_clear_pointer (&self->improved_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sb_workout_summary_parent_class)->dispose (object);
}

static void
sb_workout_summary_class_init (SbWorkoutSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_workout_summary_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/strongback/Strongback/ui/sb-workout-summary.ui");
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutSummary, summary_title);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutSummary, summary_status);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutSummary, retry_button);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutSummary, time_row);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutSummary, sets_row);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutSummary, pain_row);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutSummary, notes_summary_row);
  gtk_widget_class_bind_template_child (widget_class, SbWorkoutSummary, improved_group);
}

static void
sb_workout_summary_init (SbWorkoutSummary *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->improved_rows = g_ptr_array_new ();
}
