/* sb-exercise-chooser.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A dialog to pick one exercise from the catalog, searched by name or by
 * the muscle it works. Picking one emits ::exercise-chosen and closes it.
 */

#define G_LOG_DOMAIN "sb-exercise-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-exercise-chooser.h"

struct _SbExerciseChooser
{
  AdwWindow           parent_instance;

  GtkSingleSelection *selection;
  GtkStringFilter    *filter;
  GtkFilterListModel *filtered;

  GtkWidget          *search_entry;
  GtkWidget          *stack;
  GtkListView        *list;
};

G_DEFINE_FINAL_TYPE (SbExerciseChooser, sb_exercise_chooser, ADW_TYPE_WINDOW)

enum {
  EXERCISE_CHOSEN,   /* (SbExercise *exercise) */
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What the search matches: the name and the muscles, in the language shown. */
static char *
search_text (SbExercise *exercise)
{
  const char * const *secondary_muscles = sb_exercise_get_secondary_muscles (exercise);
  g_autofree char *primary = g_strjoinv (" ", (char **) sb_exercise_get_primary_muscles (exercise));
  g_autofree char *secondary = secondary_muscles ? g_strjoinv (" ", (char **) secondary_muscles) : NULL;

  return g_strjoin (" ", sb_exercise_get_name (exercise), primary, secondary, NULL);
}

static void
choose (SbExerciseChooser *self,
        guint              position)
{
  g_autoptr(SbExercise) exercise = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (exercise == NULL)
    return;

  g_signal_emit (self, signals[EXERCISE_CHOSEN], 0, exercise);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_search_activate (SbExerciseChooser *self)
{
  choose (self, 0);
}

static void
on_items_changed (SbExerciseChooser *self)
{
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack),
                                    g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0 ? "list" : "empty");
}

GtkWidget *
sb_exercise_chooser_new (SbContext *context,
                         GtkWindow *parent)
{
  SbExerciseChooser *self;

  g_return_val_if_fail (SB_IS_CONTEXT (context), NULL);

  self = g_object_new (SB_TYPE_EXERCISE_CHOOSER, "transient-for", parent, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (sb_catalog_get_exercises (sb_context_get_catalog (context))),
                                              g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (on_items_changed), self,
                           G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

static void
sb_exercise_chooser_dispose (GObject *object)
{
  SbExerciseChooser *self = SB_EXERCISE_CHOOSER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SB_TYPE_EXERCISE_CHOOSER);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (sb_exercise_chooser_parent_class)->dispose (object);
}

static void
sb_exercise_chooser_class_init (SbExerciseChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_exercise_chooser_dispose;

  signals[EXERCISE_CHOSEN] =
    g_signal_new ("exercise-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SB_TYPE_EXERCISE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/strongback/Strongback/ui/sb-exercise-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, SbExerciseChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SbExerciseChooser, stack);
  gtk_widget_class_bind_template_child (widget_class, SbExerciseChooser, list);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sb_exercise_chooser_init (SbExerciseChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_string_filter_new (gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                                     G_CALLBACK (search_text), NULL, NULL));
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->filter, TRUE);
  g_object_bind_property (self->search_entry, "text", self->filter, "search", G_BINDING_SYNC_CREATE);

  g_signal_connect_object (self->list, "activate", G_CALLBACK (choose), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (on_search_activate), self,
                           G_CONNECT_SWAPPED);
}
