/* sb-reminders.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Strongback's place in the person's day, without a window: three kinds
 * of notification, each turned on in Preferences.
 *
 * - Activation snacks: after "sitting-minutes" at the computer without a
 *   break, a short desk routine is proposed. A break is the idle monitor
 *   seeing no input for SB_REMINDERS_BREAK_SECONDS, the screen locked, a
 *   workout, or the computer asleep; each starts the count again. Without
 *   the idle monitor the proposals come at that interval. None in the
 *   quiet hours, none during a workout, none after "Not Today".
 * - Workout reminders, on the chosen days at the chosen time, unless a
 *   workout was done that day. Ignored, they are not repeated.
 * - The next-morning check-in: the day after a workout, once the quiet
 *   hours are over and the person is at the computer, it asks how the
 *   lower back is; the answer is kept with that session.
 *
 * Everything waits on one alarm of the #SbClock and on the idle
 * monitor's watches: nothing is polled. Notifications and their buttons
 * are app. actions, so that they work with no window open. */

#define G_LOG_DOMAIN "sb-reminders"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-background.h"
#include "sb-format.h"
#include "sb-reminders.h"
#include "sb-schedule.h"

/* An alarm this late means the computer slept: that was a break, and a
 * reminder that late is stale. */
#define LATE_SECONDS          (5 * 60)
#define WORKOUT_STALE_SECONDS (2 * 60 * 60)
#define SNOOZE_MINUTES        15
#define LATER_MINUTES         60
#define DEFAULT_MORNING       (8 * 60)

struct _SbReminders
{
  GObject        parent_instance;

  GApplication  *application;
  SbContext     *context;
  GSettings     *settings;
  SbClock       *clock;
  SbIdleMonitor *idle_monitor;      /* nullable */
  SbWorkoutSession *workout;        /* the context's, watched for its end */
  gboolean       screen_locked;
  gboolean       active;
  char          *background_problem;
  GCancellable  *background_request;
  gboolean       on_break;

  GDateTime     *alarm;             /* what the clock waits for */
  GDateTime     *sitting_since;     /* the start of this stretch at the computer */
  GDateTime     *snoozed_until;     /* "In 15 Minutes" */
  GDateTime     *paused_until;      /* "Not Today" */
  GDateTime     *next_snack;
  GDateTime     *next_workout;
  GDateTime     *later;             /* "Later" */
  GDateTime     *next_morning;
};

G_DEFINE_FINAL_TYPE (SbReminders, sb_reminders, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTIVE,
  PROP_SCREEN_LOCKED,
  PROP_BACKGROUND_PROBLEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update (SbReminders *self);

/* Settings, with the schema's default for a value that cannot be read:
 * Preferences says what is wrong with it. */

static int
time_setting (SbReminders *self,
              const char  *key)
{
  g_autofree char *text = g_settings_get_string (self->settings, key);
  int minutes;

  if (!sb_schedule_parse_time (text, &minutes, NULL))
    {
      g_autoptr(GVariant) fallback = g_settings_get_default_value (self->settings, key);

      sb_schedule_parse_time (g_variant_get_string (fallback, NULL), &minutes, NULL);
    }
  return minutes;
}

static guint
days_setting (SbReminders *self)
{
  g_auto(GStrv) days = g_settings_get_strv (self->settings, "workout-days");
  guint mask;

  if (!sb_schedule_parse_days ((const char * const *) days, &mask, NULL))
    {
      g_autoptr(GVariant) fallback = g_settings_get_default_value (self->settings, "workout-days");
      g_autofree const char **defaults = g_variant_get_strv (fallback, NULL);

      if (!sb_schedule_parse_days (defaults, &mask, NULL))
        mask = 0;
    }
  return mask;
}

static void
quiet_hours_setting (SbReminders *self,
                     int         *from,
                     int         *to)
{
  g_auto(GStrv) hours = g_settings_get_strv (self->settings, "quiet-hours");

  if (!sb_schedule_parse_quiet_hours ((const char * const *) hours, from, to, NULL))
    {
      g_autoptr(GVariant) fallback = g_settings_get_default_value (self->settings, "quiet-hours");
      g_autofree const char **defaults = g_variant_get_strv (fallback, NULL);

      if (!sb_schedule_parse_quiet_hours (defaults, from, to, NULL))
        *from = *to = 0;
    }
}

static gboolean
in_quiet_hours (SbReminders *self,
                GDateTime   *time)
{
  int from, to;

  quiet_hours_setting (self, &from, &to);
  return sb_schedule_in_quiet_hours (from, to, time);
}

/* The routine a snack proposes: the one chosen, or the method's own. */
SbRoutine *
sb_reminders_get_snack_routine (SbReminders *self)
{
  SbCatalog *catalog = sb_context_get_catalog (self->context);
  g_autofree char *id = g_settings_get_string (self->settings, "snack-routine");
  SbRoutine *routine = sb_catalog_lookup_routine (catalog, id);

  return routine ? routine : sb_catalog_lookup_routine (catalog, "desk-break");
}

static SbRoutine *
workout_routine (SbReminders *self)
{
  SbCatalog *catalog = sb_context_get_catalog (self->context);
  g_autofree char *id = g_settings_get_string (self->settings, "last-routine");
  SbRoutine *routine = sb_catalog_lookup_routine (catalog, id);

  return routine ? routine : sb_catalog_lookup_routine (catalog, "gym-corrective");
}

static gboolean
workout_running (SbReminders *self)
{
  SbWorkoutSession *workout = sb_context_get_workout (self->context);

  return workout != NULL && sb_workout_session_get_active (workout);
}

static gboolean
same_day (GDateTime *a,
          GDateTime *b)
{
  return g_date_time_get_year (a) == g_date_time_get_year (b) &&
         g_date_time_get_day_of_year (a) == g_date_time_get_day_of_year (b);
}

static void
set_time (GDateTime **slot,
          GDateTime  *time)
{
  if (*slot == time)
    return;
  g_clear_pointer (slot, g_date_time_unref);
  *slot = time ? g_date_time_ref (time) : NULL;
}

static GDateTime *
earliest (GDateTime *a,
          GDateTime *b)
{
  if (a == NULL)
    return b;
  if (b == NULL)
    return a;
  return g_date_time_compare (a, b) <= 0 ? a : b;
}

/* Activation snacks ------------------------------------------------------ */

/* The last end of the quiet hours at or before @now, if any. */
static GDateTime *
last_quiet_end (SbReminders *self,
                GDateTime   *now)
{
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(GDateTime) end = NULL;
  int from, to;

  quiet_hours_setting (self, &from, &to);
  if (from == to)
    return NULL;

  end = sb_schedule_at_minute (now, to);
  if (g_date_time_compare (end, now) <= 0)
    return g_steal_pointer (&end);
  return sb_schedule_at_minute (yesterday, to);
}

static GDateTime *
compute_next_snack (SbReminders *self,
                    GDateTime   *now)
{
  guint minutes = g_settings_get_uint (self->settings, "sitting-minutes");
  g_autoptr(GDateTime) quiet_end = last_quiet_end (self, now);
  g_autoptr(GDateTime) start = g_date_time_ref (self->sitting_since);
  g_autoptr(GDateTime) due = NULL;

  if (self->on_break)
    return NULL;

  /* the night and "Not Today" are breaks too */
  if (quiet_end != NULL && g_date_time_compare (quiet_end, start) > 0)
    set_time (&start, quiet_end);
  if (self->paused_until != NULL && g_date_time_compare (self->paused_until, start) > 0)
    set_time (&start, self->paused_until);

  due = self->snoozed_until ? g_date_time_ref (self->snoozed_until) : g_date_time_add_minutes (start, minutes);

  /* due in the quiet hours: the count starts again when they end */
  if (in_quiet_hours (self, due))
    {
      int from, to;
      g_autoptr(GDateTime) end = NULL;

      quiet_hours_setting (self, &from, &to);
      end = sb_schedule_quiet_hours_end (from, to, due);
      g_date_time_unref (due);
      due = g_date_time_add_minutes (end, minutes);
    }

  return g_steal_pointer (&due);
}

static void
send_snack (SbReminders *self,
            GDateTime   *now)
{
  SbRoutine *routine = sb_reminders_get_snack_routine (self);
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *facts = NULL;
  g_autofree char *body = NULL;
  guint sat;

  if (routine == NULL)
    return;

  sat = MAX (g_date_time_difference (now, self->sitting_since) / G_TIME_SPAN_MINUTE,
             g_settings_get_uint (self->settings, "sitting-minutes"));
  facts = sb_format_routine_facts (routine, FALSE);
  /* Translators: the first %s is a routine's name, the second how long it
   * takes and how many exercises it has */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "You have sat for %u minute. Wake up your glutes with %s: %s.",
                                       "You have sat for %u minutes. Wake up your glutes with %s: %s.", sat),
                          sat, sb_routine_get_name (routine), facts);

  notification = g_notification_new (_("Time for a Desk Break"));
  g_notification_set_body (notification, body);
  g_notification_set_default_action_and_target (notification, "app.show-routine", "s", sb_routine_get_id (routine));
  g_notification_add_button_with_target (notification, _("Start"), "app.start-snack", "s",
                                         sb_routine_get_id (routine));
  g_notification_add_button (notification, _("In 15 Minutes"), "app.snooze-snack");
  g_notification_add_button (notification, _("Not Today"), "app.skip-snacks-today");
  g_application_send_notification (self->application, "snack", notification);

  /* ignored, the next proposal comes after as long again */
  set_time (&self->sitting_since, now);
  set_time (&self->snoozed_until, NULL);
}

/* Breaks: away from the computer, the screen locked, or a workout. */
static void
update_break (SbReminders *self)
{
  gboolean on_break = self->screen_locked || workout_running (self) ||
                      (self->idle_monitor != NULL && sb_idle_monitor_get_idle (self->idle_monitor));

  if (on_break == self->on_break)
    return;

  self->on_break = on_break;
  if (on_break)
    {
      /* the person is up already: the proposal has done its work */
      g_application_withdraw_notification (self->application, "snack");
    }
  else
    {
      g_autoptr(GDateTime) now = sb_clock_now (self->clock);

      set_time (&self->sitting_since, now);
      set_time (&self->snoozed_until, NULL);
    }
  update (self);
}

static void
on_workout_changed (SbReminders *self)
{
  SbWorkoutSession *workout = sb_context_get_workout (self->context);

  if (self->workout != workout)
    {
      if (self->workout != NULL)
        g_signal_handlers_disconnect_by_data (self->workout, self);
      g_set_object (&self->workout, workout);
      if (workout != NULL)
        g_signal_connect_object (workout, "notify::active", G_CALLBACK (update_break), self, G_CONNECT_SWAPPED);
    }
  update_break (self);
}

/**
 * sb_reminders_snooze_snack:
 *
 * "In 15 Minutes": the proposal comes again then, unless there is a
 * break before.
 */
void
sb_reminders_snooze_snack (SbReminders *self)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (SB_IS_REMINDERS (self));

  now = sb_clock_now (self->clock);
  g_clear_pointer (&self->snoozed_until, g_date_time_unref);
  self->snoozed_until = g_date_time_add_minutes (now, SNOOZE_MINUTES);
  g_application_withdraw_notification (self->application, "snack");
  update (self);
}

/**
 * sb_reminders_skip_snacks_today:
 *
 * "Not Today": no more proposals until tomorrow.
 */
void
sb_reminders_skip_snacks_today (SbReminders *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) tomorrow = NULL;

  g_return_if_fail (SB_IS_REMINDERS (self));

  now = sb_clock_now (self->clock);
  tomorrow = g_date_time_add_days (now, 1);
  g_clear_pointer (&self->paused_until, g_date_time_unref);
  self->paused_until = sb_schedule_at_minute (tomorrow, 0);
  set_time (&self->snoozed_until, NULL);
  g_application_withdraw_notification (self->application, "snack");
  update (self);
}

/* Workout reminders ---------------------------------------------------- */

static gboolean
worked_out_today (SbReminders *self,
                  GDateTime   *now)
{
  GListModel *history = G_LIST_MODEL (sb_context_get_history (self->context));

  /* newest first: stop at the first session of an earlier day */
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(SbSession) session = g_list_model_get_item (history, i);
      g_autoptr(GDateTime) start = g_date_time_to_local (sb_session_get_start_time (session));

      if (g_date_time_compare (start, now) > 0)
        continue;
      if (!same_day (start, now))
        break;
      if (!sb_session_is_desk_break (session))
        return TRUE;
    }

  return FALSE;
}

static void
send_workout_reminder (SbReminders *self,
                       GDateTime   *now)
{
  SbRoutine *routine = workout_routine (self);
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *title = NULL;
  g_autofree char *facts = NULL;
  g_autofree char *body = NULL;

  if (routine == NULL || worked_out_today (self, now))
    return;

  /* Translators: %s is a routine's name, “Corrective routine today” */
  title = g_strdup_printf (_("%s today"), sb_routine_get_name (routine));
  facts = sb_format_routine_facts (routine, FALSE);
  /* Translators: %s is how long the routine takes and how many exercises it has */
  body = g_strdup_printf (_("It wakes up the muscles that sitting switches off. %s."), facts);

  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  g_notification_set_default_action_and_target (notification, "app.show-routine", "s", sb_routine_get_id (routine));
  g_notification_add_button_with_target (notification, _("Start"), "app.start-routine", "s",
                                         sb_routine_get_id (routine));
  g_notification_add_button (notification, _("Later"), "app.remind-later");
  g_application_send_notification (self->application, "workout", notification);
}

/**
 * sb_reminders_remind_later:
 *
 * "Later": the workout reminder comes once more, an hour from now.
 */
void
sb_reminders_remind_later (SbReminders *self)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (SB_IS_REMINDERS (self));

  now = sb_clock_now (self->clock);
  g_clear_pointer (&self->later, g_date_time_unref);
  self->later = g_date_time_add_minutes (now, LATER_MINUTES);
  g_application_withdraw_notification (self->application, "workout");
  update (self);
}

/* The next-morning check-in -------------------------------------------- */

/* The workout of yesterday not asked about yet, if any. */
static SbSession *
morning_session (SbReminders *self,
                 GDateTime   *now)
{
  GListModel *history = G_LIST_MODEL (sb_context_get_history (self->context));
  g_autofree char *asked = g_settings_get_string (self->settings, "morning-check-asked");
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(SbSession) session = g_list_model_get_item (history, i);
      g_autoptr(GDateTime) start = g_date_time_to_local (sb_session_get_start_time (session));

      if (same_day (start, now) || g_date_time_compare (start, now) > 0)
        continue;
      if (!same_day (start, yesterday))
        break;
      if (sb_session_is_desk_break (session) || sb_session_get_end_time (session) == NULL)
        continue;
      if (sb_session_get_pain_next_morning (session) >= 0 || g_str_equal (asked, sb_session_get_id (session)))
        return NULL;
      return session;
    }

  return NULL;
}

/* When to ask next: this morning once it has come, if yesterday had a
 * workout and the person is at the computer; otherwise the next morning
 * is when to look again. */
static GDateTime *
compute_next_morning (SbReminders *self,
                      GDateTime   *now)
{
  int from, to;
  g_autoptr(GDateTime) morning = NULL;
  g_autoptr(GDateTime) tomorrow = NULL;

  quiet_hours_setting (self, &from, &to);
  morning = sb_schedule_at_minute (now, from != to ? to : DEFAULT_MORNING);
  if (g_date_time_compare (morning, now) > 0)
    return g_steal_pointer (&morning);

  /* until the quiet hours of the evening */
  if (morning_session (self, now) != NULL && !in_quiet_hours (self, now))
    return self->on_break ? NULL : g_date_time_ref (now);

  tomorrow = g_date_time_add_days (now, 1);
  return sb_schedule_at_minute (tomorrow, from != to ? to : DEFAULT_MORNING);
}

static void
send_morning_check (SbReminders *self,
                    GDateTime   *now)
{
  SbSession *session = morning_session (self, now);
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *body = NULL;
  const char *id;
  int after;

  /* away at that hour: asked when the person is back */
  if (session == NULL || self->on_break)
    return;

  id = sb_session_get_id (session);
  after = sb_session_get_pain_after (session);
  if (after >= 0)
    /* Translators: %s is a routine's name */
    body = g_strdup_printf (_("After yesterday’s %s it was %d out of 10."), sb_session_get_routine_name (session), after);
  else
    body = g_strdup_printf (_("The day after your %s."), sb_session_get_routine_name (session));

  notification = g_notification_new (g_date_time_get_hour (now) < 12 ? _("How is your lower back this morning?")
                                                                     : _("How is your lower back today?"));
  g_notification_set_body (notification, body);
  g_notification_set_default_action_and_target (notification, "app.open-morning-check", "s", id);
  g_notification_add_button_with_target (notification, _("No Pain"), "app.record-morning-pain", "(si)", id, 0);
  if (after > 0)
    g_notification_add_button_with_target (notification, _("Same as After"), "app.record-morning-pain", "(si)",
                                           id, after);
  g_notification_add_button_with_target (notification, _("Rate It…"), "app.open-morning-check", "s", id);
  g_application_send_notification (self->application, "morning-check", notification);

  /* asked once, whatever the answer */
  g_settings_set_string (self->settings, "morning-check-asked", id);
}

static void
on_morning_saved (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(SbReminders) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sb_history_store_save_finish (SB_HISTORY_STORE (object), result, &error))
    {
      g_autoptr(GNotification) notification = g_notification_new (_("Could not keep how your back is"));

      g_notification_set_body (notification, error->message);
      g_application_send_notification (self->application, "morning-check-failed", notification);
    }
}

typedef struct
{
  SbReminders *self;
  char        *session_id;
  int          pain;
  gulong       handler;
} PendingAnswer;

static void record_now (SbReminders *self,
                        const char  *session_id,
                        int          pain);

static void
on_history_loaded_for_answer (SbHistoryStore *history,
                              PendingAnswer  *answer)
{
  g_signal_handler_disconnect (history, answer->handler);
  record_now (answer->self, answer->session_id, answer->pain);
  g_object_unref (answer->self);
  g_free (answer->session_id);
  g_free (answer);
}

static void
record_now (SbReminders *self,
            const char  *session_id,
            int          pain)
{
  SbHistoryStore *history = sb_context_get_history (self->context);
  SbSession *session = sb_history_store_lookup (history, session_id);

  if (session == NULL && !sb_history_store_get_loaded (history))
    {
      PendingAnswer *answer = g_new0 (PendingAnswer, 1);

      /* answered from the notification before History was read */
      answer->self = g_object_ref (self);
      answer->session_id = g_strdup (session_id);
      answer->pain = pain;
      answer->handler = g_signal_connect (history, "load-finished", G_CALLBACK (on_history_loaded_for_answer), answer);
      sb_context_load (self->context);
      return;
    }

  if (session == NULL)
    {
      g_autoptr(GNotification) notification = g_notification_new (_("Could not keep how your back is"));

      g_notification_set_body (notification, _("That workout is no longer in your history."));
      g_application_send_notification (self->application, "morning-check-failed", notification);
      return;
    }

  sb_session_set_pain_next_morning (session, pain);
  sb_history_store_save_async (history, session, NULL, on_morning_saved, g_object_ref (self));
}

/**
 * sb_reminders_record_morning_pain:
 * @session_id: the workout asked about
 * @pain: from 0 (none) to 10 (the worst)
 *
 * Keeps the answer to the check-in with its session.
 */
void
sb_reminders_record_morning_pain (SbReminders *self,
                                  const char  *session_id,
                                  int          pain)
{
  g_return_if_fail (SB_IS_REMINDERS (self));
  g_return_if_fail (session_id != NULL);
  g_return_if_fail (pain >= 0 && pain <= 10);

  g_application_withdraw_notification (self->application, "morning-check");
  record_now (self, session_id, pain);
}

/* Running in the background -------------------------------------------- */

static void
set_background_problem (SbReminders *self,
                        const char  *problem)
{
  if (g_strcmp0 (self->background_problem, problem) == 0)
    return;

  g_free (self->background_problem);
  self->background_problem = g_strdup (problem);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BACKGROUND_PROBLEM]);
}

static void
on_background_answered (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(SbReminders) self = user_data;
  g_autoptr(GError) error = NULL;

  if (sb_background_request_finish (result, &error))
    set_background_problem (self, NULL);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    set_background_problem (self, error->message);
}

/* With any reminder on, Strongback starts with the session and stays in
 * the background; with none, it no longer does. */
static void
apply_background (SbReminders *self)
{
  g_autoptr(GError) error = NULL;

  if (sb_background_is_sandboxed ())
    {
      GDBusConnection *connection = g_application_get_dbus_connection (self->application);

      if (connection == NULL)
        return;
      g_cancellable_cancel (self->background_request);
      g_clear_object (&self->background_request);
      self->background_request = g_cancellable_new ();
      sb_background_request_async (connection, self->active, self->background_request,
                                   on_background_answered, g_object_ref (self));
      return;
    }

  if (sb_background_set_autostart_file (self->active, &error))
    set_background_problem (self, NULL);
  else
    set_background_problem (self, error->message);
}

/* The schedule ----------------------------------------------------------- */

static void
set_active (SbReminders *self,
            gboolean     active)
{
  if (self->active == active)
    return;

  self->active = active;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
  apply_background (self);
}

/* Works out what comes next and sets the alarm for the first of them. */
static void
update (SbReminders *self)
{
  g_autoptr(GDateTime) now = sb_clock_now (self->clock);
  gboolean snacks = g_settings_get_boolean (self->settings, "activation-snacks");
  gboolean workouts = g_settings_get_boolean (self->settings, "workout-reminders");
  gboolean morning = g_settings_get_boolean (self->settings, "morning-check");
  GDateTime *next = NULL;

  set_active (self, snacks || workouts || morning);

  /* both need to know what was done */
  if (workouts || morning)
    sb_context_load (self->context);

  g_clear_pointer (&self->next_snack, g_date_time_unref);
  if (snacks)
    self->next_snack = compute_next_snack (self, now);

  if (!workouts)
    {
      g_clear_pointer (&self->next_workout, g_date_time_unref);
      g_clear_pointer (&self->later, g_date_time_unref);
    }
  else if (self->next_workout == NULL)
    self->next_workout = sb_schedule_next (days_setting (self), time_setting (self, "workout-time"), now);

  g_clear_pointer (&self->next_morning, g_date_time_unref);
  if (morning)
    self->next_morning = compute_next_morning (self, now);

  next = earliest (self->next_snack, earliest (self->next_workout, earliest (self->later, self->next_morning)));
  set_time (&self->alarm, next);
  sb_clock_set_alarm (self->clock, next);
}

static gboolean
is_due (GDateTime *time,
        GDateTime *now)
{
  return time != NULL && g_date_time_compare (time, now) <= 0;
}

static void
on_alarm (SbReminders *self)
{
  g_autoptr(GDateTime) now = sb_clock_now (self->clock);
  gboolean slept = self->alarm != NULL && g_date_time_difference (now, self->alarm) > LATE_SECONDS * G_TIME_SPAN_SECOND;

  if (slept)
    {
      set_time (&self->sitting_since, now);
      set_time (&self->snoozed_until, NULL);
    }
  else if (is_due (self->next_snack, now))
    send_snack (self, now);

  if (is_due (self->next_workout, now))
    {
      if (g_date_time_difference (now, self->next_workout) <= WORKOUT_STALE_SECONDS * G_TIME_SPAN_SECOND)
        send_workout_reminder (self, now);
      g_clear_pointer (&self->next_workout, g_date_time_unref);
    }

  if (is_due (self->later, now))
    {
      send_workout_reminder (self, now);
      g_clear_pointer (&self->later, g_date_time_unref);
    }

  if (is_due (self->next_morning, now))
    send_morning_check (self, now);

  update (self);
}

static void
on_settings_changed (SbReminders *self,
                     const char  *key)
{
  g_autoptr(GDateTime) now = sb_clock_now (self->clock);

  /* snacks turned on, or their interval changed: count from now */
  if (g_str_equal (key, "activation-snacks") || g_str_equal (key, "sitting-minutes"))
    {
      set_time (&self->sitting_since, now);
      set_time (&self->snoozed_until, NULL);
    }
  if (g_str_equal (key, "workout-days") || g_str_equal (key, "workout-time") ||
      g_str_equal (key, "workout-reminders"))
    g_clear_pointer (&self->next_workout, g_date_time_unref);

  update (self);
}

/**
 * sb_reminders_new:
 * @application: what sends the notifications, whose actions they name
 * @clock: the wall clock
 * @idle_monitor: (nullable): whether the person is at the computer;
 *   %NULL or not available, snacks come at a fixed interval
 */
SbReminders *
sb_reminders_new (GApplication  *application,
                  SbContext     *context,
                  SbClock       *clock,
                  SbIdleMonitor *idle_monitor)
{
  SbReminders *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (SB_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (SB_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (!idle_monitor || SB_IS_IDLE_MONITOR (idle_monitor), NULL);

  self = g_object_new (SB_TYPE_REMINDERS, NULL);
  g_set_weak_pointer (&self->application, application);
  self->context = g_object_ref (context);
  self->settings = g_object_ref (sb_context_get_settings (context));
  self->clock = g_object_ref (clock);
  self->idle_monitor = idle_monitor ? g_object_ref (idle_monitor) : NULL;
  self->sitting_since = sb_clock_now (clock);

  g_signal_connect_object (clock, "alarm", G_CALLBACK (on_alarm), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "notify::workout", G_CALLBACK (on_workout_changed), self, G_CONNECT_SWAPPED);
  /* what was done changes the workout reminder and the morning check-in */
  g_signal_connect_object (sb_context_get_history (context), "items-changed", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  if (idle_monitor != NULL)
    g_signal_connect_object (idle_monitor, "notify::idle", G_CALLBACK (update_break), self, G_CONNECT_SWAPPED);

  on_workout_changed (self);
  update (self);
  /* turned off while Strongback was not running: it no longer starts */
  if (!self->active && !sb_background_is_sandboxed ())
    apply_background (self);
  return self;
}

gboolean
sb_reminders_get_active (SbReminders *self)
{
  g_return_val_if_fail (SB_IS_REMINDERS (self), FALSE);
  return self->active;
}

/**
 * sb_reminders_get_idle_monitor:
 *
 * Returns: (transfer none) (nullable): how breaks are noticed
 */
SbIdleMonitor *
sb_reminders_get_idle_monitor (SbReminders *self)
{
  g_return_val_if_fail (SB_IS_REMINDERS (self), NULL);
  return self->idle_monitor;
}

/**
 * sb_reminders_get_background_problem:
 *
 * Returns: (nullable): why Strongback cannot start with the session or
 *   stay in the background, for Preferences; %NULL when it can
 */
const char *
sb_reminders_get_background_problem (SbReminders *self)
{
  g_return_val_if_fail (SB_IS_REMINDERS (self), NULL);
  return self->background_problem;
}

gboolean
sb_reminders_get_screen_locked (SbReminders *self)
{
  g_return_val_if_fail (SB_IS_REMINDERS (self), FALSE);
  return self->screen_locked;
}

/**
 * sb_reminders_set_screen_locked:
 *
 * The screen locked is a break from sitting, however short.
 */
void
sb_reminders_set_screen_locked (SbReminders *self,
                                gboolean     locked)
{
  g_return_if_fail (SB_IS_REMINDERS (self));

  if (self->screen_locked == locked)
    return;

  self->screen_locked = locked;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCREEN_LOCKED]);
  update_break (self);
}

/**
 * sb_reminders_get_next_snack:
 *
 * Returns: (transfer none) (nullable): when the next desk break will be
 *   proposed if there is no break before
 */
GDateTime *
sb_reminders_get_next_snack (SbReminders *self)
{
  g_return_val_if_fail (SB_IS_REMINDERS (self), NULL);
  return self->next_snack;
}

/**
 * sb_reminders_get_next_workout:
 *
 * Returns: (transfer none) (nullable): when the next workout reminder
 *   comes, "Later" included
 */
GDateTime *
sb_reminders_get_next_workout (SbReminders *self)
{
  g_return_val_if_fail (SB_IS_REMINDERS (self), NULL);
  return earliest (self->next_workout, self->later);
}

/**
 * sb_reminders_get_next_morning:
 *
 * Returns: (transfer none) (nullable): when the next-morning check-in
 *   will be asked
 */
GDateTime *
sb_reminders_get_next_morning (SbReminders *self)
{
  g_return_val_if_fail (SB_IS_REMINDERS (self), NULL);
  return self->next_morning;
}

static void
sb_reminders_dispose (GObject *object)
{
  SbReminders *self = SB_REMINDERS (object);

  if (self->clock != NULL)
    sb_clock_set_alarm (self->clock, NULL);
  g_cancellable_cancel (self->background_request);
  g_clear_object (&self->background_request);
  g_clear_weak_pointer (&self->application);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_clear_object (&self->clock);
  g_clear_object (&self->idle_monitor);
  if (self->workout != NULL)
    g_signal_handlers_disconnect_by_data (self->workout, self);
  g_clear_object (&self->workout);

  G_OBJECT_CLASS (sb_reminders_parent_class)->dispose (object);
}

static void
sb_reminders_finalize (GObject *object)
{
  SbReminders *self = SB_REMINDERS (object);

  g_clear_pointer (&self->alarm, g_date_time_unref);
  g_clear_pointer (&self->sitting_since, g_date_time_unref);
  g_clear_pointer (&self->snoozed_until, g_date_time_unref);
  g_clear_pointer (&self->paused_until, g_date_time_unref);
  g_clear_pointer (&self->next_snack, g_date_time_unref);
  g_clear_pointer (&self->next_workout, g_date_time_unref);
  g_clear_pointer (&self->later, g_date_time_unref);
  g_clear_pointer (&self->next_morning, g_date_time_unref);
  g_clear_pointer (&self->background_problem, g_free);

  G_OBJECT_CLASS (sb_reminders_parent_class)->finalize (object);
}

static void
sb_reminders_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SbReminders *self = SB_REMINDERS (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_SCREEN_LOCKED:
      g_value_set_boolean (value, self->screen_locked);
      break;
    case PROP_BACKGROUND_PROBLEM:
      g_value_set_string (value, self->background_problem);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_reminders_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SbReminders *self = SB_REMINDERS (object);

  switch (prop_id)
    {
    case PROP_SCREEN_LOCKED:
      sb_reminders_set_screen_locked (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_reminders_class_init (SbRemindersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_reminders_dispose;
  object_class->finalize = sb_reminders_finalize;
  object_class->get_property = sb_reminders_get_property;
  object_class->set_property = sb_reminders_set_property;

  /* any reminder on: the application stays in the background */
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCREEN_LOCKED] =
    g_param_spec_boolean ("screen-locked", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BACKGROUND_PROBLEM] =
    g_param_spec_string ("background-problem", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_reminders_init (SbReminders *self)
{
}
