/* sb-reminders-page.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Preferences, Reminders: each reminder's switch and settings, each
 * explained in a line. A time or a day that cannot be read, typed here or
 * found in the settings, is said beside its row and changes nothing: the
 * reminders keep to the last good value, or the usual one. It also says
 * when the desk breaks cannot notice breaks (no idle monitor) and when
 * Strongback may not stay in the background. */

#define G_LOG_DOMAIN "sb-reminders-page"

#include "config.h"

#include <glib/gi18n.h>

#include "workout/sb-reminders.h"
#include "workout/sb-schedule.h"
#include "sb-reminders-page.h"

struct _SbRemindersPage
{
  AdwPreferencesPage  parent_instance;

  SbContext          *context;
  GSettings          *settings;
  SbReminders        *reminders;   /* the application's, weak */
  SbIdleMonitor      *idle_monitor;
  GtkToggleButton    *days[7];
  gboolean            updating;

  GtkWidget          *background_group;
  AdwActionRow       *background_row;
  GtkWidget          *snacks_switch;
  GtkWidget          *sitting_row;
  GtkWidget          *sitting_spin;
  AdwComboRow        *routine_row;
  AdwActionRow       *idle_row;
  GtkWidget          *workouts_switch;
  AdwActionRow       *days_row;
  GtkWidget          *days_buttons_row;
  GtkWidget          *days_box;
  AdwActionRow       *time_row;
  GtkEditable        *time_entry;
  GtkWidget          *morning_switch;
  AdwActionRow       *quiet_row;
  GtkEditable        *quiet_from_entry;
  GtkEditable        *quiet_to_entry;
};

G_DEFINE_FINAL_TYPE (SbRemindersPage, sb_reminders_page, ADW_TYPE_PREFERENCES_PAGE)

/* A row's line under its title: @problem in the error style, or @help. */
static void
say (AdwActionRow *row,
     const char   *problem,
     const char   *help)
{
  adw_action_row_set_subtitle (row, problem ? problem : help ? help : "");
  if (problem != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* What the settings hold that cannot be read: said, never overwritten. */
static char *
stored_problem (GError     *error,
                const char *fallback)
{
  return g_strdup_printf ("%s. %s", error->message, fallback);
}

/* The workout time ------------------------------------------------------ */

static void
show_time (SbRemindersPage *self)
{
  g_autofree char *text = g_settings_get_string (self->settings, "workout-time");
  g_autoptr(GError) error = NULL;
  int minutes;

  self->updating = TRUE;
  if (sb_schedule_parse_time (text, &minutes, &error))
    {
      g_autofree char *shown = sb_schedule_format_time (minutes);

      gtk_editable_set_text (self->time_entry, shown);
      say (self->time_row, NULL, NULL);
    }
  else
    {
      g_autofree char *problem = stored_problem (error, _("Reminders come at 18:00 until you set a time."));

      gtk_editable_set_text (self->time_entry, "");
      say (self->time_row, problem, NULL);
    }
  self->updating = FALSE;
}

static void
apply_time (SbRemindersPage *self)
{
  g_autoptr(GError) error = NULL;
  int minutes;

  if (self->updating)
    return;

  if (!sb_schedule_parse_time (gtk_editable_get_text (self->time_entry), &minutes, &error))
    {
      say (self->time_row, error->message, NULL);
      return;
    }

  {
    g_autofree char *text = sb_schedule_format_time (minutes);

    say (self->time_row, NULL, NULL);
    g_settings_set_string (self->settings, "workout-time", text);
  }
}

/* The workout days ------------------------------------------------------ */

static void
show_days (SbRemindersPage *self)
{
  g_auto(GStrv) days = g_settings_get_strv (self->settings, "workout-days");
  g_autoptr(GError) error = NULL;
  guint mask = 0;

  self->updating = TRUE;
  if (sb_schedule_parse_days ((const char * const *) days, &mask, &error))
    say (self->days_row, NULL, NULL);
  else
    {
      g_autofree char *problem = stored_problem (error, _("Reminders keep to Monday, Wednesday and Friday "
                                                          "until you choose days."));
      g_autoptr(GVariant) usual = g_settings_get_default_value (self->settings, "workout-days");
      g_autofree const char **usual_days = g_variant_get_strv (usual, NULL);

      /* the days the reminders keep to, for the person to change */
      sb_schedule_parse_days (usual_days, &mask, NULL);
      say (self->days_row, problem, NULL);
    }
  for (guint day = 0; day < G_N_ELEMENTS (self->days); day++)
    gtk_toggle_button_set_active (self->days[day], (mask & (1u << day)) != 0);
  self->updating = FALSE;
}

static void
on_day_toggled (SbRemindersPage *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) days = NULL;
  guint mask = 0;

  if (self->updating)
    return;

  for (guint day = 0; day < G_N_ELEMENTS (self->days); day++)
    if (gtk_toggle_button_get_active (self->days[day]))
      mask |= 1u << day;

  days = sb_schedule_days_to_strv (mask);
  if (!sb_schedule_parse_days ((const char * const *) days, &mask, &error))
    {
      say (self->days_row, error->message, NULL);
      return;
    }

  say (self->days_row, NULL, NULL);
  g_settings_set_strv (self->settings, "workout-days", (const char * const *) days);
}

/* Monday to Sunday, in the person's language and order of reading. */
static void
add_day_buttons (SbRemindersPage *self)
{
  /* 23 November 2026 is a Monday */
  g_autoptr(GDateTime) monday = g_date_time_new_local (2026, 11, 23, 12, 0, 0);

  for (guint day = 0; day < G_N_ELEMENTS (self->days); day++)
    {
      g_autoptr(GDateTime) date = g_date_time_add_days (monday, day);
      g_autofree char *abbreviation = g_date_time_format (date, "%a");
      g_autofree char *name = g_date_time_format (date, "%A");
      GtkWidget *button = gtk_toggle_button_new_with_label (abbreviation);

      gtk_widget_set_tooltip_text (button, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_widget_set_name (button, sb_schedule_day_id (day));
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_day_toggled), self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (self->days_box), button);
      self->days[day] = GTK_TOGGLE_BUTTON (button);
    }
}

/* Quiet hours ----------------------------------------------------------- */

static const char *quiet_help = N_("Evenings and nights: the check-in waits for their end");

static void
show_quiet_hours (SbRemindersPage *self)
{
  g_auto(GStrv) hours = g_settings_get_strv (self->settings, "quiet-hours");
  g_autoptr(GError) error = NULL;
  int from, to;

  self->updating = TRUE;
  if (sb_schedule_parse_quiet_hours ((const char * const *) hours, &from, &to, &error))
    {
      g_autofree char *from_text = sb_schedule_format_time (from);
      g_autofree char *to_text = sb_schedule_format_time (to);

      gtk_editable_set_text (self->quiet_from_entry, from_text);
      gtk_editable_set_text (self->quiet_to_entry, to_text);
      say (self->quiet_row, NULL, _(quiet_help));
    }
  else
    {
      g_autofree char *problem = stored_problem (error, _("The usual quiet hours, 20:00 to 08:00, apply until "
                                                          "you set others."));

      gtk_editable_set_text (self->quiet_from_entry, "");
      gtk_editable_set_text (self->quiet_to_entry, "");
      say (self->quiet_row, problem, NULL);
    }
  self->updating = FALSE;
}

static void
apply_quiet_hours (SbRemindersPage *self)
{
  const char *hours[] = { gtk_editable_get_text (self->quiet_from_entry),
                          gtk_editable_get_text (self->quiet_to_entry), NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  int from, to;

  if (self->updating)
    return;

  if (!sb_schedule_parse_quiet_hours (hours, &from, &to, &error))
    {
      say (self->quiet_row, error->message, NULL);
      return;
    }

  from_text = sb_schedule_format_time (from);
  to_text = sb_schedule_format_time (to);
  say (self->quiet_row, NULL, _(quiet_help));
  g_settings_set_strv (self->settings, "quiet-hours", (const char * const[]) { from_text, to_text, NULL });
}

/* An entry is read when Enter is pressed or the focus leaves it. */
static void
watch_entry (SbRemindersPage *self,
             GtkEditable     *entry,
             GCallback        apply)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (entry, "activate", apply, self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", apply, self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (entry), focus);
}

/* The desk break's routine ------------------------------------------------ */

static gboolean
is_desk_routine (gpointer item,
                 gpointer user_data)
{
  return g_strcmp0 (sb_routine_get_place (item), "desk") == 0;
}

static void
show_routine (SbRemindersPage *self)
{
  GListModel *model = adw_combo_row_get_model (self->routine_row);
  g_autofree char *id = g_settings_get_string (self->settings, "snack-routine");
  guint selected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SbRoutine) routine = g_list_model_get_item (model, i);

      if (g_str_equal (sb_routine_get_id (routine), id))
        selected = i;
    }

  self->updating = TRUE;
  adw_combo_row_set_selected (self->routine_row, selected);
  self->updating = FALSE;
}

static void
on_routine_selected (SbRemindersPage *self)
{
  SbRoutine *routine = adw_combo_row_get_selected_item (self->routine_row);

  if (self->updating || routine == NULL)
    return;
  g_settings_set_string (self->settings, "snack-routine", sb_routine_get_id (routine));
}

/* What the reminders cannot do here ------------------------------------- */

static void
show_idle_monitor (SbRemindersPage *self)
{
  gboolean known = self->idle_monitor != NULL && sb_idle_monitor_get_available (self->idle_monitor);
  guint minutes = g_settings_get_uint (self->settings, "sitting-minutes");
  g_autofree char *text = NULL;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "GNOME’s idle monitor is not available here, so Strongback cannot tell "
                                       "when you take a break: a desk break is proposed every %u minute instead.",
                                       "GNOME’s idle monitor is not available here, so Strongback cannot tell "
                                       "when you take a break: a desk break is proposed every %u minutes instead.",
                                       minutes), minutes);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->idle_row), _("Breaks Cannot Be Noticed"));
  adw_action_row_set_subtitle (self->idle_row, text);
  gtk_widget_set_visible (GTK_WIDGET (self->idle_row),
                          !known && g_settings_get_boolean (self->settings, "activation-snacks"));
}

static void
show_background (SbRemindersPage *self)
{
  const char *problem = self->reminders ? sb_reminders_get_background_problem (self->reminders) : NULL;

  adw_action_row_set_subtitle (self->background_row, problem ? problem : "");
  gtk_widget_set_visible (self->background_group, problem != NULL);
}

static void
on_settings_changed (SbRemindersPage *self,
                     const char      *key)
{
  if (g_str_equal (key, "workout-time"))
    show_time (self);
  else if (g_str_equal (key, "workout-days"))
    show_days (self);
  else if (g_str_equal (key, "quiet-hours"))
    show_quiet_hours (self);
  else if (g_str_equal (key, "snack-routine"))
    show_routine (self);
  else if (g_str_equal (key, "activation-snacks") || g_str_equal (key, "sitting-minutes"))
    show_idle_monitor (self);
}

GtkWidget *
sb_reminders_page_new (SbContext *context)
{
  SbRemindersPage *self;
  GtkFilterListModel *desk_routines;
  GtkExpression *name;

  g_return_val_if_fail (SB_IS_CONTEXT (context), NULL);

  self = g_object_new (SB_TYPE_REMINDERS_PAGE, NULL);
  self->context = g_object_ref (context);
  self->settings = g_object_ref (sb_context_get_settings (context));
  g_set_weak_pointer (&self->reminders, sb_context_get_reminders (context));

  g_settings_bind (self->settings, "activation-snacks", self->snacks_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "sitting-minutes", self->sitting_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "workout-reminders", self->workouts_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "morning-check", self->morning_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_object_bind_property (self->snacks_switch, "active", self->sitting_row, "sensitive", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->snacks_switch, "active", self->routine_row, "sensitive", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->workouts_switch, "active", self->days_row, "sensitive", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->workouts_switch, "active", self->days_buttons_row, "sensitive",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->workouts_switch, "active", self->time_row, "sensitive", G_BINDING_SYNC_CREATE);

  desk_routines = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (sb_context_get_catalog (context))),
                                             GTK_FILTER (gtk_custom_filter_new (is_desk_routine, NULL, NULL)));
  name = gtk_property_expression_new (SB_TYPE_ROUTINE, NULL, "name");
  adw_combo_row_set_expression (self->routine_row, name);
  adw_combo_row_set_model (self->routine_row, G_LIST_MODEL (desk_routines));
  g_object_unref (desk_routines);
  gtk_expression_unref (name);
  g_signal_connect_object (self->routine_row, "notify::selected", G_CALLBACK (on_routine_selected), self,
                           G_CONNECT_SWAPPED);

  if (self->reminders != NULL)
    {
      self->idle_monitor = sb_reminders_get_idle_monitor (self->reminders);
      if (self->idle_monitor != NULL)
        {
          g_object_ref (self->idle_monitor);
          g_signal_connect_object (self->idle_monitor, "notify::available", G_CALLBACK (show_idle_monitor), self,
                                   G_CONNECT_SWAPPED);
        }
      g_signal_connect_object (self->reminders, "notify::background-problem", G_CALLBACK (show_background), self,
                               G_CONNECT_SWAPPED);
    }
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);

  show_time (self);
  show_days (self);
  show_quiet_hours (self);
  show_routine (self);
  show_idle_monitor (self);
  show_background (self);

  return GTK_WIDGET (self);
}

static void
sb_reminders_page_dispose (GObject *object)
{
  SbRemindersPage *self = SB_REMINDERS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SB_TYPE_REMINDERS_PAGE);
  g_clear_weak_pointer (&self->reminders);
  g_clear_object (&self->idle_monitor);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sb_reminders_page_parent_class)->dispose (object);
}

static void
sb_reminders_page_class_init (SbRemindersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_reminders_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/strongback/Strongback/ui/sb-reminders-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SbRemindersPage, background_group);
  gtk_widget_class_bind_template_child (widget_class, SbRemindersPage, background_row);
  gtk_widget_class_bind_template_child (widget_class, SbRemindersPage, snacks_switch);
  gtk_widget_class_bind_template_child (widget_class, SbRemindersPage, sitting_row);
  gtk_widget_class_bind_template_child (widget_class, SbRemindersPage, sitting_spin);
  gtk_widget_class_bind_template_child (widget_class, SbRemindersPage, routine_row);
  gtk_widget_class_bind_template_child (widget_class, SbRemindersPage, idle_row);
  gtk_widget_class_bind_template_child (widget_class, SbRemindersPage, workouts_switch);
  gtk_widget_class_bind_template_child (widget_class, SbRemindersPage, days_row);
  gtk_widget_class_bind_template_child (widget_class, SbRemindersPage, days_buttons_row);
  gtk_widget_class_bind_template_child (widget_class, SbRemindersPage, days_box);
  gtk_widget_class_bind_template_child (widget_class, SbRemindersPage, time_row);
  gtk_widget_class_bind_template_child (widget_class, SbRemindersPage, time_entry);
  gtk_widget_class_bind_template_child (widget_class, SbRemindersPage, morning_switch);
  gtk_widget_class_bind_template_child (widget_class, SbRemindersPage, quiet_row);
  gtk_widget_class_bind_template_child (widget_class, SbRemindersPage, quiet_from_entry);
  gtk_widget_class_bind_template_child (widget_class, SbRemindersPage, quiet_to_entry);
}

static void
sb_reminders_page_init (SbRemindersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  add_day_buttons (self);
  watch_entry (self, self->time_entry, G_CALLBACK (apply_time));
  watch_entry (self, self->quiet_from_entry, G_CALLBACK (apply_quiet_hours));
  watch_entry (self, self->quiet_to_entry, G_CALLBACK (apply_quiet_hours));
}
