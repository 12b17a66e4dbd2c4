/* sb-session-editor.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The form that logs a workout done elsewhere (*Log a Workout…*) or edits
 * a past session: when, how long, pain before, after and the next
 * morning, each exercise's sets, notes. A new log starts from the
 * routine's plan with last time's figures (sb-session-plan.c). Saving
 * writes a copy of the session through the history store, which replaces
 * the old one in History and Progress; #SbSessionEditor::saved then gives
 * the window both, for its undo.
 */

#define G_LOG_DOMAIN "sb-session-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "workout/sb-session-plan.h"
#include "sb-session-editor.h"
#include "sb-set-row.h"

/* One run of sets of one exercise, as History groups them. */
typedef struct
{
  GtkWidget *widget;       /* AdwPreferencesGroup */
  char      *exercise_id;
  SbDose    *dose;
  GPtrArray *rows;         /* SbSetRow, in order */
} Group;

struct _SbSessionEditor
{
  AdwBin          parent_instance;

  SbContext      *context;
  SbSession      *original;   /* the session edited; NULL for a new log */
  SbSession      *base;       /* what the form started from */
  GPtrArray      *groups;     /* Group */
  gboolean        saving;

  AdwComboRow    *routine_row;
  GtkMenuButton  *date_button;
  GtkCalendar    *calendar;
  GtkSpinButton  *hour;
  GtkSpinButton  *minute;
  GtkSpinButton  *duration;
  GtkStringList  *pains;
  AdwComboRow    *pain_before_row;
  AdwComboRow    *pain_after_row;
  AdwComboRow    *pain_morning_row;
  GtkWidget      *exercises;
  GtkTextView    *notes;
  GtkLabel       *error_label;
  GtkWidget      *save_button;
};

G_DEFINE_FINAL_TYPE (SbSessionEditor, sb_session_editor, ADW_TYPE_BIN)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
group_free (Group *group)
{
  g_free (group->exercise_id);
  sb_dose_free (group->dose);
  g_ptr_array_unref (group->rows);
  g_free (group);
}

GtkWidget *
sb_session_editor_new (SbContext *context)
{
  SbSessionEditor *self;

  g_return_val_if_fail (SB_IS_CONTEXT (context), NULL);

  self = g_object_new (SB_TYPE_SESSION_EDITOR, NULL);
  self->context = g_object_ref (context);
  adw_combo_row_set_model (self->routine_row, G_LIST_MODEL (sb_context_get_catalog (context)));
  return GTK_WIDGET (self);
}

/**
 * sb_session_editor_get_original:
 *
 * Returns: (nullable): the session being edited; %NULL for a new log
 */
SbSession *
sb_session_editor_get_original (SbSessionEditor *self)
{
  g_return_val_if_fail (SB_IS_SESSION_EDITOR (self), NULL);
  return self->original;
}

static gboolean
on_two_digits (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
on_day_selected (SbSessionEditor *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  /* Translators: a date as strftime() writes it, e.g. “Tue 3 Mar 2026” */
  g_autofree char *label = g_date_time_format (day, _("%a %-d %b %Y"));

  gtk_menu_button_set_label (self->date_button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Date"), -1);
}

/* The sets --------------------------------------------------------------- */

static void
renumber (Group *group)
{
  for (guint i = 0; i < group->rows->len; i++)
    sb_set_row_set_number (g_ptr_array_index (group->rows, i), i + 1);
}

static Group *
group_of_row (SbSessionEditor *self,
              SbSetRow        *row)
{
  for (guint i = 0; i < self->groups->len; i++)
    {
      Group *group = g_ptr_array_index (self->groups, i);

      if (g_ptr_array_find (group->rows, row, NULL))
        return group;
    }
  return NULL;
}

static void
on_remove_set (SbSessionEditor *self,
               SbSetRow        *row)
{
  Group *group = group_of_row (self, row);

  if (group == NULL)
    return;

  g_ptr_array_remove (group->rows, row);
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group->widget), GTK_WIDGET (row));
  renumber (group);
}

static SbSetRow *
append_row (SbSessionEditor   *self,
            Group             *group,
            const SbSetRecord *record)
{
  GtkWidget *row = sb_set_row_new (record, group->dose);

  g_signal_connect_object (row, "remove", G_CALLBACK (on_remove_set), self, G_CONNECT_SWAPPED);
  g_ptr_array_add (group->rows, row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group->widget), row);
  renumber (group);
  return SB_SET_ROW (row);
}

/* Add Set: like the exercise's last set here, or last time's first. */
static void
on_add_set (GtkButton       *button,
            SbSessionEditor *self)
{
  Group *group = g_object_get_data (G_OBJECT (button), "group");
  g_autoptr(SbSetRecord) record = NULL;
  SbSetRow *row;

  if (group->rows->len > 0)
    {
      record = sb_set_row_dup_record (g_ptr_array_index (group->rows, group->rows->len - 1));
      record->skipped = FALSE;
    }
  else
    record = sb_session_plan_set (group->dose, group->exercise_id,
                                  G_LIST_MODEL (sb_context_get_history (self->context)));

  row = append_row (self, group, record);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* The planned dose of @exercise_id in the session's routine, else the
 * exercise's own: it says which figures a set has. */
static SbDose *
dose_for (SbSessionEditor *self,
          const char      *exercise_id)
{
  SbCatalog *catalog = sb_context_get_catalog (self->context);
  SbRoutine *routine = sb_catalog_lookup_routine (catalog, sb_session_get_routine_id (self->base));
  SbExercise *exercise = sb_catalog_lookup_exercise (catalog, exercise_id);
  SbDose *dose;

  for (guint i = 0; routine != NULL && i < g_list_model_get_n_items (sb_routine_get_steps (routine)); i++)
    {
      g_autoptr(SbRoutineStep) step = g_list_model_get_item (sb_routine_get_steps (routine), i);

      if (g_str_equal (sb_exercise_get_id (sb_routine_step_get_exercise (step)), exercise_id))
        return sb_dose_copy (sb_routine_step_get_dose (step));
    }

  if (exercise != NULL)
    return sb_dose_copy (sb_exercise_get_dose (exercise));

  dose = g_new0 (SbDose, 1);
  sb_dose_init_default (dose);
  return dose;
}

static Group *
add_group (SbSessionEditor *self,
           const char      *exercise_id)
{
  SbExercise *exercise = sb_catalog_lookup_exercise (sb_context_get_catalog (self->context), exercise_id);
  const char *name = exercise ? sb_exercise_get_name (exercise) : exercise_id;
  Group *group = g_new0 (Group, 1);
  GtkWidget *add;

  group->exercise_id = g_strdup (exercise_id);
  group->dose = dose_for (self, exercise_id);
  group->rows = g_ptr_array_new ();
  group->widget = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group->widget), name);

  add = gtk_button_new_with_mnemonic (_("_Add Set"));
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add, "flat");
  /* Translators: e.g. “Add a set of Hip thrust” */
  {
    g_autofree char *label = g_strdup_printf (_("Add a set of %s"), name);
    gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }
  g_object_set_data (G_OBJECT (add), "group", group);
  g_signal_connect_object (add, "clicked", G_CALLBACK (on_add_set), self, 0);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group->widget), add);

  gtk_box_append (GTK_BOX (self->exercises), group->widget);
  g_ptr_array_add (self->groups, group);
  return group;
}

/* The form ----------------------------------------------------------------- */

static void
set_pain (AdwComboRow *row,
          int          pain)
{
  /* the first item is “Not recorded” */
  adw_combo_row_set_selected (row, pain < 0 ? 0 : (guint) pain + 1);
}

static int
get_pain (AdwComboRow *row)
{
  return (int) adw_combo_row_get_selected (row) - 1;
}

static void
show_error (SbSessionEditor *self,
            const char      *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* Fills the form from @session (the one edited, or a plan). */
static void
fill (SbSessionEditor *self,
      SbSession       *session)
{
  g_autoptr(GDateTime) start = g_date_time_to_local (sb_session_get_start_time (session));
  GDateTime *end = sb_session_get_end_time (session);
  GtkWidget *child;
  Group *group = NULL;

  g_set_object (&self->base, session);
  show_error (self, NULL);

  gtk_calendar_select_day (self->calendar, start);
  on_day_selected (self);
  gtk_spin_button_set_value (self->hour, g_date_time_get_hour (start));
  gtk_spin_button_set_value (self->minute, g_date_time_get_minute (start));
  gtk_spin_button_set_value (self->duration,
                             end ? g_date_time_difference (end, sb_session_get_start_time (session)) / G_TIME_SPAN_MINUTE
                                 : 1);
  set_pain (self->pain_before_row, sb_session_get_pain_before (session));
  set_pain (self->pain_after_row, sb_session_get_pain_after (session));
  set_pain (self->pain_morning_row, sb_session_get_pain_next_morning (session));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes),
                            sb_session_get_notes (session) ? sb_session_get_notes (session) : "", -1);

  g_ptr_array_set_size (self->groups, 0);
  while ((child = gtk_widget_get_first_child (self->exercises)) != NULL)
    gtk_box_remove (GTK_BOX (self->exercises), child);

  for (guint i = 0; i < sb_session_get_n_sets (session); i++)
    {
      const SbSetRecord *set = sb_session_get_set (session, i);

      if (group == NULL || !g_str_equal (group->exercise_id, set->exercise_id))
        group = add_group (self, set->exercise_id);
      append_row (self, group, set);
    }

  gtk_widget_set_sensitive (self->save_button, TRUE);
}

static void
on_routine_selected (SbSessionEditor *self)
{
  SbRoutine *routine = adw_combo_row_get_selected_item (self->routine_row);
  g_autoptr(SbSession) plan = NULL;
  g_autoptr(GDateTime) now = NULL;

  /* only a new log chooses its routine */
  if (routine == NULL || self->original != NULL || self->base == NULL ||
      g_str_equal (sb_routine_get_id (routine), sb_session_get_routine_id (self->base)))
    return;

  now = g_date_time_new_now_local ();
  plan = sb_session_plan_new (routine, G_LIST_MODEL (sb_context_get_history (self->context)), now);
  fill (self, plan);
}

static void
select_routine (SbSessionEditor *self,
                const char      *routine_id)
{
  GListModel *routines = G_LIST_MODEL (sb_context_get_catalog (self->context));

  for (guint i = 0; i < g_list_model_get_n_items (routines); i++)
    {
      g_autoptr(SbRoutine) routine = g_list_model_get_item (routines, i);

      if (g_str_equal (sb_routine_get_id (routine), routine_id))
        {
          adw_combo_row_set_selected (self->routine_row, i);
          return;
        }
    }
}

/**
 * sb_session_editor_log:
 *
 * Starts a new log of @routine, done now, as planned with last time's
 * figures.
 */
void
sb_session_editor_log (SbSessionEditor *self,
                       SbRoutine       *routine)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(SbSession) plan = NULL;

  g_return_if_fail (SB_IS_SESSION_EDITOR (self));
  g_return_if_fail (SB_IS_ROUTINE (routine));

  g_clear_object (&self->original);
  plan = sb_session_plan_new (routine, G_LIST_MODEL (sb_context_get_history (self->context)), now);
  fill (self, plan);
  select_routine (self, sb_routine_get_id (routine));
  gtk_widget_set_visible (GTK_WIDGET (self->routine_row), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->routine_row));
}

/**
 * sb_session_editor_edit:
 *
 * Edits @session, which must be writable.
 */
void
sb_session_editor_edit (SbSessionEditor *self,
                        SbSession       *session)
{
  g_return_if_fail (SB_IS_SESSION_EDITOR (self));
  g_return_if_fail (SB_IS_SESSION (session));
  g_return_if_fail (sb_session_get_writable (session));

  g_set_object (&self->original, session);
  fill (self, session);
  /* a session keeps its routine: the sets are that routine's */
  gtk_widget_set_visible (GTK_WIDGET (self->routine_row), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->date_button));
}

/* Saving ------------------------------------------------------------------ */

/* The start the form says; the base's own when the form left it as it was,
 * so that an edit of the sets does not rewrite the time in another offset. */
static GDateTime *
form_start (SbSessionEditor *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autoptr(GDateTime) base = g_date_time_to_local (sb_session_get_start_time (self->base));
  g_autoptr(GDateTime) start = g_date_time_new_local (g_date_time_get_year (day),
                                                      g_date_time_get_month (day),
                                                      g_date_time_get_day_of_month (day),
                                                      gtk_spin_button_get_value_as_int (self->hour),
                                                      gtk_spin_button_get_value_as_int (self->minute), 0);
  g_autoptr(GDateTime) base_minute = g_date_time_add_seconds (base, -g_date_time_get_seconds (base));

  if (g_date_time_equal (start, base_minute))
    return g_date_time_ref (sb_session_get_start_time (self->base));
  return g_steal_pointer (&start);
}

static SbSession *
form_session (SbSessionEditor *self,
              GDateTime       *start)
{
  SbSession *session = sb_session_copy (self->base, start);
  GDateTime *base_end = sb_session_get_end_time (self->base);
  int minutes = gtk_spin_button_get_value_as_int (self->duration);
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *notes = NULL;
  GtkTextIter begin_iter, end_iter;

  /* the base's end, to the second, while start and length stay */
  if (base_end != NULL && start == sb_session_get_start_time (self->base) &&
      g_date_time_difference (base_end, start) / G_TIME_SPAN_MINUTE == minutes)
    end = g_date_time_ref (base_end);
  else
    end = g_date_time_add_minutes (start, minutes);
  sb_session_set_end_time (session, end);

  sb_session_set_pain_before (session, get_pain (self->pain_before_row));
  sb_session_set_pain_after (session, get_pain (self->pain_after_row));
  sb_session_set_pain_next_morning (session, get_pain (self->pain_morning_row));

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (self->notes), &begin_iter, &end_iter);
  notes = gtk_text_iter_get_text (&begin_iter, &end_iter);
  g_strstrip (notes);
  sb_session_set_notes (session, *notes != '\0' ? notes : NULL);

  sb_session_clear_sets (session);
  for (guint i = 0; i < self->groups->len; i++)
    {
      Group *group = g_ptr_array_index (self->groups, i);

      for (guint j = 0; j < group->rows->len; j++)
        {
          g_autoptr(SbSetRecord) record = sb_set_row_dup_record (g_ptr_array_index (group->rows, j));
          sb_session_add_set (session, record);
        }
    }

  return session;
}

static void
session_saved (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SbSessionEditor) self = user_data;
  g_autoptr(SbSession) session = g_object_steal_data (G_OBJECT (self), "saving");
  g_autoptr(SbSession) original = self->original ? g_object_ref (self->original) : NULL;
  g_autoptr(GError) error = NULL;

  self->saving = FALSE;
  gtk_widget_set_sensitive (self->save_button, TRUE);

  /* nothing is lost: the form keeps what was typed, to try again */
  if (!sb_history_store_save_finish (SB_HISTORY_STORE (object), result, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_clear_object (&self->original);
  g_clear_object (&self->base);
  g_signal_emit (self, signals[SAVED], 0, session, original);
}

static void
on_save_clicked (SbSessionEditor *self)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  SbSession *session;

  if (self->saving || self->base == NULL)
    return;

  start = form_start (self);
  if (g_date_time_compare (start, now) > 0)
    {
      show_error (self, _("The workout starts in the future: a workout can only be logged once it is done."));
      return;
    }

  show_error (self, NULL);
  session = form_session (self, start);
  self->saving = TRUE;
  gtk_widget_set_sensitive (self->save_button, FALSE);
  g_object_set_data_full (G_OBJECT (self), "saving", session, g_object_unref);
  sb_history_store_save_async (sb_context_get_history (self->context), session, NULL,
                               session_saved, g_object_ref (self));
}

static void
sb_session_editor_dispose (GObject *object)
{
  SbSessionEditor *self = SB_SESSION_EDITOR (object);

  g_clear_object (&self->original);
  g_clear_object (&self->base);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sb_session_editor_parent_class)->dispose (object);
}

static void
sb_session_editor_finalize (GObject *object)
{
  SbSessionEditor *self = SB_SESSION_EDITOR (object);

  g_ptr_array_unref (self->groups);

  G_OBJECT_CLASS (sb_session_editor_parent_class)->finalize (object);
}

static void
sb_session_editor_class_init (SbSessionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_session_editor_dispose;
  object_class->finalize = sb_session_editor_finalize;

  /**
   * SbSessionEditor::saved:
   * @session: the session as saved
   * @original: (nullable): the session it replaced; %NULL for a new log
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 2, SB_TYPE_SESSION, SB_TYPE_SESSION);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/strongback/Strongback/ui/sb-session-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SbSessionEditor, routine_row);
  gtk_widget_class_bind_template_child (widget_class, SbSessionEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, SbSessionEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, SbSessionEditor, hour);
  gtk_widget_class_bind_template_child (widget_class, SbSessionEditor, minute);
  gtk_widget_class_bind_template_child (widget_class, SbSessionEditor, duration);
  gtk_widget_class_bind_template_child (widget_class, SbSessionEditor, pains);
  gtk_widget_class_bind_template_child (widget_class, SbSessionEditor, pain_before_row);
  gtk_widget_class_bind_template_child (widget_class, SbSessionEditor, pain_after_row);
  gtk_widget_class_bind_template_child (widget_class, SbSessionEditor, pain_morning_row);
  gtk_widget_class_bind_template_child (widget_class, SbSessionEditor, exercises);
  gtk_widget_class_bind_template_child (widget_class, SbSessionEditor, notes);
  gtk_widget_class_bind_template_child (widget_class, SbSessionEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, SbSessionEditor, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_two_digits);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
}

static void
sb_session_editor_init (SbSessionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  adw_combo_row_set_expression (self->routine_row,
                                gtk_property_expression_new (SB_TYPE_ROUTINE, NULL, "name"));
  g_signal_connect_object (self->routine_row, "notify::selected", G_CALLBACK (on_routine_selected),
                           self, G_CONNECT_SWAPPED);

  /* Translators: a pain figure that was not given */
  gtk_string_list_append (self->pains, C_("pain", "Not recorded"));
  for (int i = 0; i <= 10; i++)
    {
      g_autofree char *number = g_strdup_printf ("%d", i);
      gtk_string_list_append (self->pains, number);
    }
}
