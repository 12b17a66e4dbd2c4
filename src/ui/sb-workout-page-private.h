/* sb-workout-page-private.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What sb-workout-page.c (showing the workout) and
 * sb-workout-page-actions.c (its actions and keys) share. */

#pragma once

#include "media/sb-cue-player.h"
#include "sb-demo-view.h"
#include "sb-workout-page.h"
#include "sb-workout-summary.h"

G_BEGIN_DECLS

struct _SbWorkoutPage
{
  AdwBin             parent_instance;

  SbContext         *context;
  SbWorkoutSession  *workout;
  SbWorkoutRunner   *runner;
  SbCuePlayer       *cues;
  GHashTable        *progress;        /* step index → SbExerciseProgress */
  char              *demo_exercise;   /* whose demonstration is loaded */
  gboolean           finishing_early;

  AdwWindowTitle    *title;
  GtkWidget         *pause_button;
  GtkStack          *stack;
  GtkRange          *pain_before_scale;
  GtkBox            *exercise_box;
  SbDemoView        *demo_view;
  GtkWidget         *panel;
  GtkLabel          *phase_label;
  GtkLabel          *exercise_label;
  GtkLabel          *count_label;
  GtkLabel          *unit_label;
  GtkLabel          *plan_label;
  GtkLabel          *last_label;
  GtkLabel          *hint_label;
  GtkWidget         *entries;
  GtkWidget         *reps_box;
  GtkSpinButton     *reps_spin;
  GtkWidget         *load_box;
  GtkSpinButton     *load_spin;
  GtkSpinButton     *effort_spin;
  GtkButton         *primary_button;
  GtkLabel          *next_label;
  GtkRange          *pain_after_scale;
  GtkEditable       *notes_row;
  SbWorkoutSummary  *summary;
};

void _sb_workout_page_update             (SbWorkoutPage  *self);
void _sb_workout_page_reset_entries      (SbWorkoutPage  *self);
void _sb_workout_page_close              (SbWorkoutPage  *self);
void _sb_workout_page_class_add_actions  (GtkWidgetClass *widget_class);
void _sb_workout_page_add_keys           (SbWorkoutPage  *self);

G_END_DECLS
