/* sb-routine-editor.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Editing one of the user's routines: its name, description and place,
 * and its steps, which can be added from the catalog, reordered by drag
 * and drop or with their arrow buttons, removed, and given a dose of their
 * own. Every change is saved at once in the routine store; what cannot be
 * saved (an empty name, 0 sets) is refused at the field, with a message
 * beside it, and the routine keeps its last good value.
 */

#define G_LOG_DOMAIN "sb-routine-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "workout/sb-format.h"
#include "sb-exercise-chooser.h"
#include "sb-routine-editor.h"

struct _SbRoutineEditor
{
  AdwBin       parent_instance;

  SbContext   *context;
  SbRoutine   *routine;
  GPtrArray   *rows;            /* AdwExpanderRow, one per step */
  gboolean     updating;        /* filling the fields, not the user typing */

  GtkWidget   *page;
  AdwEntryRow *name_row;
  GtkWidget   *name_error_row;
  GtkLabel    *name_error;
  AdwEntryRow *description_row;
  AdwComboRow *place_row;
  GtkStringList *places;
  GtkWidget   *steps_group;
  GtkWidget   *export_button;
  GtkWidget   *delete_button;
};

G_DEFINE_FINAL_TYPE (SbRoutineEditor, sb_routine_editor, ADW_TYPE_BIN)

static const char * const place_ids[] = { "gym", "home", "desk" };

#define MAX_NAME_LENGTH 80

static void rebuild_steps (SbRoutineEditor *self);

GtkWidget *
sb_routine_editor_new (SbContext *context)
{
  SbRoutineEditor *self;

  g_return_val_if_fail (SB_IS_CONTEXT (context), NULL);

  self = g_object_new (SB_TYPE_ROUTINE_EDITOR, NULL);
  self->context = g_object_ref (context);
  return GTK_WIDGET (self);
}

SbRoutine *
sb_routine_editor_get_routine (SbRoutineEditor *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE_EDITOR (self), NULL);
  return self->routine;
}

static void
saved (GObject      *object,
       GAsyncResult *result,
       gpointer      user_data)
{
  g_autoptr(SbRoutineEditor) self = user_data;
  g_autoptr(GError) error = NULL;

  if (sb_routine_store_save_finish (SB_ROUTINE_STORE (object), result, &error))
    return;

  /* The routine stays as edited in memory and is written again with the
   * next change; say so, in the window. */
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", error->message))
    g_warning ("%s", error->message);
}

static void
on_routine_changed (SbRoutineEditor *self)
{
  sb_routine_store_save_async (sb_context_get_routines (self->context), self->routine, NULL, saved, g_object_ref (self));
}

/* Routine ------------------------------------------------------------- */

static void
on_name_changed (SbRoutineEditor *self)
{
  g_autofree char *name = NULL;
  const char *message = NULL;

  if (self->updating)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  if (name[0] == '\0')
    message = _("A routine needs a name; the last one is kept until you type one");
  else if (g_utf8_strlen (name, -1) > MAX_NAME_LENGTH)
    message = _("A name can have at most 80 characters");

  gtk_widget_set_visible (self->name_error_row, message != NULL);
  gtk_label_set_label (self->name_error, message);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
      sb_routine_set_name (self->routine, name);
    }
}

static void
on_description_changed (SbRoutineEditor *self)
{
  g_autofree char *description = NULL;

  if (self->updating)
    return;

  description = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->description_row))));
  sb_routine_set_description (self->routine, description);
}

static void
on_place_changed (SbRoutineEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->place_row);

  if (self->updating || selected >= G_N_ELEMENTS (place_ids))
    return;

  sb_routine_set_place (self->routine, place_ids[selected]);
}

/* Steps --------------------------------------------------------------- */

typedef struct
{
  SbRoutineEditor *editor;   /* unowned: the rows die with it */
  guint            position;
  SbDoseField      field;
  GtkWidget       *row;
} FieldData;

static guint
step_position (GtkWidget *widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "sb-position"));
}

static void
update_step_row (SbRoutineEditor *self,
                 GtkWidget       *row,
                 guint            position)
{
  g_autoptr(SbRoutineStep) step = g_list_model_get_item (sb_routine_get_steps (self->routine), position);
  g_autofree char *title = g_strdup_printf ("%u. %s", position + 1,
                                            sb_exercise_get_name (sb_routine_step_get_exercise (step)));
  g_autofree char *dose = sb_format_dose (sb_routine_step_get_dose (step));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), dose);
}

static void
on_field_changed (GtkEditable *entry,
                  FieldData   *data)
{
  SbRoutineEditor *self = data->editor;
  g_autoptr(SbRoutineStep) step = NULL;
  g_autofree char *message = NULL;
  SbDose dose;

  if (self->updating)
    return;

  step = g_list_model_get_item (sb_routine_get_steps (self->routine), data->position);
  dose = *sb_routine_step_get_dose (step);

  if (sb_dose_set_field (&dose, data->field, gtk_editable_get_text (entry), &message))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_remove_css_class (data->row, "error");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (data->row), "");
      /* the rows stay: the step's place and fields are the same */
      self->updating = TRUE;
      sb_routine_set_step_dose (self->routine, data->position, &dose);
      self->updating = FALSE;
      update_step_row (self, g_ptr_array_index (self->rows, data->position), data->position);
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_add_css_class (data->row, "error");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (data->row), message);
    }
}

static void
add_field (SbRoutineEditor *self,
           GtkWidget       *expander,
           guint            position,
           const SbDose    *dose,
           SbDoseField      field,
           const char      *title)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *entry = gtk_entry_new ();
  FieldData *data = g_new0 (FieldData, 1);
  double value = sb_dose_get_field (dose, field);
  char text[G_ASCII_DTOSTR_BUF_SIZE] = "";

  if (value >= 0)
    g_ascii_formatd (text, sizeof text, "%g", value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 7);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 7);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry),
                               field == SB_DOSE_FIELD_LOAD_KG || field == SB_DOSE_FIELD_INCLINE_MIN ||
                               field == SB_DOSE_FIELD_INCLINE_MAX ? GTK_INPUT_PURPOSE_NUMBER
                                                                  : GTK_INPUT_PURPOSE_DIGITS);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), entry);

  data->editor = self;
  data->position = position;
  data->field = field;
  data->row = row;
  g_signal_connect_data (entry, "changed", G_CALLBACK (on_field_changed), data,
                         (GClosureNotify) (void (*) (void)) g_free, 0);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
}

static void
move_step (SbRoutineEditor *self,
           guint            from,
           int              to)
{
  guint n = g_list_model_get_n_items (sb_routine_get_steps (self->routine));

  if (to < 0 || (guint) to >= n || (guint) to == from)
    return;

  sb_routine_move_step (self->routine, from, to);
  /* keep the keyboard where the step went */
  gtk_widget_grab_focus (g_ptr_array_index (self->rows, to));
}

static void
on_up_clicked (GtkWidget       *button,
               SbRoutineEditor *self)
{
  guint position = step_position (button);

  move_step (self, position, (int) position - 1);
}

static void
on_down_clicked (GtkWidget       *button,
                 SbRoutineEditor *self)
{
  guint position = step_position (button);

  move_step (self, position, position + 1);
}

static void
on_remove_clicked (GtkWidget       *button,
                   SbRoutineEditor *self)
{
  sb_routine_remove_step (self->routine, step_position (button));
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (widget);

  gtk_drag_source_set_icon (source, icon, (int) x, (int) y);
  return gdk_content_provider_new_typed (G_TYPE_UINT, step_position (row));
}

static gboolean
on_drop (GtkDropTarget   *target,
         const GValue    *value,
         double           x,
         double           y,
         SbRoutineEditor *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));

  if (!G_VALUE_HOLDS_UINT (value))
    return FALSE;

  move_step (self, g_value_get_uint (value), step_position (row));
  return TRUE;
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             guint       position,
             GCallback   callback,
             gpointer    data)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "sb-position", GUINT_TO_POINTER (position));
  g_signal_connect (button, "clicked", callback, data);

  return button;
}

static GtkWidget *
new_step_row (SbRoutineEditor *self,
              SbRoutineStep   *step,
              guint            position,
              guint            n)
{
  GtkWidget *row = adw_expander_row_new ();
  const SbDose *dose = sb_routine_step_get_dose (step);
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkWidget *up, *down, *remove;
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_UINT, GDK_ACTION_MOVE);

  g_object_set_data (G_OBJECT (row), "sb-position", GUINT_TO_POINTER (position));
  update_step_row (self, row, position);

  gtk_widget_add_css_class (handle, "dim-label");
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), handle);

  /* moving and removing are in the opened step, away from the chevron */
  {
    GtkWidget *order_row = adw_action_row_new ();
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

    up = icon_button ("go-up-symbolic", _("Move Up"), position, G_CALLBACK (on_up_clicked), self);
    down = icon_button ("go-down-symbolic", _("Move Down"), position, G_CALLBACK (on_down_clicked), self);
    remove = icon_button ("user-trash-symbolic", _("Remove From Routine"), position,
                          G_CALLBACK (on_remove_clicked), self);
    gtk_widget_set_sensitive (up, position > 0);
    gtk_widget_set_sensitive (down, position + 1 < n);
    /* a routine file needs at least one step */
    gtk_widget_set_sensitive (remove, n > 1);
    gtk_widget_add_css_class (box, "linked");
    gtk_box_append (GTK_BOX (box), up);
    gtk_box_append (GTK_BOX (box), down);
    gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (order_row), _("Order"));
    adw_action_row_add_suffix (ADW_ACTION_ROW (order_row), box);
    adw_action_row_add_suffix (ADW_ACTION_ROW (order_row), remove);
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), order_row);
  }

  add_field (self, row, position, dose, SB_DOSE_FIELD_SETS, _("Sets"));
  switch (dose->kind)
    {
    case SB_DOSE_KIND_TIME:
      add_field (self, row, position, dose, SB_DOSE_FIELD_SECONDS, _("Seconds per Set"));
      break;
    case SB_DOSE_KIND_DISTANCE:
      add_field (self, row, position, dose, SB_DOSE_FIELD_METERS, _("Meters per Set"));
      break;
    case SB_DOSE_KIND_REPS:
    default:
      add_field (self, row, position, dose,
                 SB_DOSE_FIELD_REPS, dose->per_side ? _("Repetitions per Side") : _("Repetitions"));
      break;
    }
  add_field (self, row, position, dose, SB_DOSE_FIELD_REST_SECONDS, _("Rest Between Sets (Seconds)"));
  add_field (self, row, position, dose, SB_DOSE_FIELD_LOAD_KG, _("Load (kg, Empty for None)"));
  if (dose->kind != SB_DOSE_KIND_REPS || dose->incline_min >= 0)
    {
      add_field (self, row, position, dose, SB_DOSE_FIELD_INCLINE_MIN, _("Lowest Incline (%)"));
      add_field (self, row, position, dose, SB_DOSE_FIELD_INCLINE_MAX, _("Highest Incline (%)"));
    }

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));

  return row;
}

static void
rebuild_steps (SbRoutineEditor *self)
{
  GListModel *steps = sb_routine_get_steps (self->routine);
  guint n = g_list_model_get_n_items (steps);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->steps_group), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbRoutineStep) step = g_list_model_get_item (steps, i);
      GtkWidget *row = new_step_row (self, step, i, n);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->steps_group), row);
      g_ptr_array_add (self->rows, row);
    }
}

/* A new dose is typed in its own row, which must stay; anything else
 * (added, removed, moved) lays the steps out again. */
static void
on_steps_changed (SbRoutineEditor *self)
{
  if (!self->updating)
    rebuild_steps (self);
}

static void
on_exercise_chosen (SbRoutineEditor *self,
                    SbExercise      *exercise)
{
  guint n = g_list_model_get_n_items (sb_routine_get_steps (self->routine));

  sb_routine_insert_step (self->routine, n, exercise, NULL);
  adw_expander_row_set_expanded (g_ptr_array_index (self->rows, n), TRUE);
  gtk_widget_grab_focus (g_ptr_array_index (self->rows, n));
}

static void
add_step_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SbRoutineEditor *self = SB_ROUTINE_EDITOR (widget);
  GtkWidget *chooser = sb_exercise_chooser_new (self->context, GTK_WINDOW (gtk_widget_get_root (widget)));

  g_signal_connect_object (chooser, "exercise-chosen", G_CALLBACK (on_exercise_chosen), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (chooser));
}

void
sb_routine_editor_set_routine (SbRoutineEditor *self,
                               SbRoutine       *routine)
{
  GVariant *id;

  g_return_if_fail (SB_IS_ROUTINE_EDITOR (self));
  g_return_if_fail (SB_IS_ROUTINE (routine));
  g_return_if_fail (!sb_routine_get_builtin (routine));

  if (self->routine != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->routine, self);
      g_signal_handlers_disconnect_by_data (sb_routine_get_steps (self->routine), self);
    }
  g_set_object (&self->routine, routine);

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), sb_routine_get_name (routine));
  gtk_editable_set_text (GTK_EDITABLE (self->description_row), sb_routine_get_description (routine));
  for (guint i = 0; i < G_N_ELEMENTS (place_ids); i++)
    if (g_str_equal (place_ids[i], sb_routine_get_place (routine)))
      adw_combo_row_set_selected (self->place_row, i);
  gtk_widget_set_visible (self->name_error_row, FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  self->updating = FALSE;

  rebuild_steps (self);

  g_signal_connect_swapped (routine, "changed", G_CALLBACK (on_routine_changed), self);
  g_signal_connect_swapped (sb_routine_get_steps (routine), "items-changed", G_CALLBACK (on_steps_changed), self);

  id = g_variant_new_string (sb_routine_get_id (routine));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->export_button), id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->export_button), "win.export-routine");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->delete_button), id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button), "win.delete-routine");
}

static void
sb_routine_editor_dispose (GObject *object)
{
  SbRoutineEditor *self = SB_ROUTINE_EDITOR (object);

  if (self->routine != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->routine, self);
      g_signal_handlers_disconnect_by_data (sb_routine_get_steps (self->routine), self);
    }
  g_clear_object (&self->routine);
  g_clear_object (&self->context);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sb_routine_editor_parent_class)->dispose (object);
}

static void
sb_routine_editor_class_init (SbRoutineEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_routine_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/strongback/Strongback/ui/sb-routine-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SbRoutineEditor, page);
  gtk_widget_class_bind_template_child (widget_class, SbRoutineEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, SbRoutineEditor, name_error_row);
  gtk_widget_class_bind_template_child (widget_class, SbRoutineEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, SbRoutineEditor, description_row);
  gtk_widget_class_bind_template_child (widget_class, SbRoutineEditor, place_row);
  gtk_widget_class_bind_template_child (widget_class, SbRoutineEditor, places);
  gtk_widget_class_bind_template_child (widget_class, SbRoutineEditor, steps_group);
  gtk_widget_class_bind_template_child (widget_class, SbRoutineEditor, export_button);
  gtk_widget_class_bind_template_child (widget_class, SbRoutineEditor, delete_button);
  gtk_widget_class_install_action (widget_class, "editor.add-step", NULL, add_step_action);
}

static void
sb_routine_editor_init (SbRoutineEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (place_ids); i++)
    gtk_string_list_append (self->places, sb_format_place (place_ids[i]));

  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (on_name_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->description_row, "changed", G_CALLBACK (on_description_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->place_row, "notify::selected", G_CALLBACK (on_place_changed), self,
                           G_CONNECT_SWAPPED);
}
