/* test-reminders.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* SbReminders without a display, on a clock moved by hand, with GNOME's
 * services mocked on a private bus (GtDBusQueue): org.gtk.Notifications,
 * where each notification's title, body, buttons and app. actions are
 * checked, and org.gnome.Mutter.IdleMonitor, whose watches the test
 * fires. A desk break comes after the sitting time and not before; a
 * break, the screen locked or a workout starts the count again; none in
 * the quiet hours, after "Not Today", or during a workout; snoozing
 * brings it back in 15 minutes; the workout reminder comes on its days
 * unless a workout was done; the morning check-in asks about yesterday's
 * workout and keeps the answer with it; the autostart file follows the
 * reminders. */

#define G_LOG_DOMAIN "test-reminders"

#include "config.h"

#include <libglib-testing/dbus-queue.h>

#include "storage/sb-session-codec.h"
#include "workout/sb-background.h"
#include "workout/sb-reminders.h"
#include "sb-test-clock.h"
#include "sb-test-core.h"

#define NOTIFICATIONS_PATH "/org/gtk/Notifications"
#define NOTIFICATIONS_IFACE "org.gtk.Notifications"
#define IDLE_PATH "/org/gnome/Mutter/IdleMonitor/Core"
#define IDLE_IFACE "org.gnome.Mutter.IdleMonitor"

static const char notifications_xml[] =
  "<node><interface name='org.gtk.Notifications'>"
  "  <method name='AddNotification'>"
  "    <arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='a{sv}' direction='in'/>"
  "  </method>"
  "  <method name='RemoveNotification'>"
  "    <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "  </method>"
  "</interface></node>";

static const char idle_monitor_xml[] =
  "<node><interface name='org.gnome.Mutter.IdleMonitor'>"
  "  <method name='GetIdletime'><arg type='t' direction='out'/></method>"
  "  <method name='AddIdleWatch'><arg type='t' direction='in'/><arg type='u' direction='out'/></method>"
  "  <method name='AddUserActiveWatch'><arg type='u' direction='out'/></method>"
  "  <method name='RemoveWatch'><arg type='u' direction='in'/></method>"
  "  <signal name='WatchFired'><arg type='u'/></signal>"
  "</interface></node>";

/* The ids the mock idle monitor gives its watches. */
#define IDLE_WATCH   1
#define ACTIVE_WATCH 2

typedef enum
{
  WITH_IDLE_MONITOR = 1 << 0,
} Flags;

typedef struct
{
  GtDBusQueue      *queue;
  GDBusNodeInfo    *notifications;
  GDBusNodeInfo    *idle;
  GDBusConnection  *server;       /* the mock's side, to fire watches */
  GSettings        *settings;
  SbContext        *context;
  GApplication     *app;
  SbTestClock      *clock;
  SbIdleMonitor    *idle_monitor;
  SbReminders      *reminders;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  Flags flags = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;

  fixture->queue = gt_dbus_queue_new ();
  gt_dbus_queue_connect (fixture->queue, &error);
  g_assert_no_error (error);

  fixture->notifications = g_dbus_node_info_new_for_xml (notifications_xml, &error);
  g_assert_no_error (error);
  gt_dbus_queue_own_name (fixture->queue, "org.gtk.Notifications");
  gt_dbus_queue_export_object (fixture->queue, NOTIFICATIONS_PATH, fixture->notifications->interfaces[0], &error);
  g_assert_no_error (error);

  if (flags & WITH_IDLE_MONITOR)
    {
      fixture->idle = g_dbus_node_info_new_for_xml (idle_monitor_xml, &error);
      g_assert_no_error (error);
      gt_dbus_queue_own_name (fixture->queue, "org.gnome.Mutter.IdleMonitor");
      gt_dbus_queue_export_object (fixture->queue, IDLE_PATH, fixture->idle->interfaces[0], &error);
      g_assert_no_error (error);
    }

  fixture->settings = g_settings_new (APP_ID);
  fixture->context = sb_context_new_default (fixture->settings, &error);
  g_assert_no_error (error);

  /* the session bus is the queue's private one */
  fixture->app = g_application_new (APP_ID, G_APPLICATION_DEFAULT_FLAGS);
  g_assert_true (g_application_register (fixture->app, NULL, &error));
  g_assert_no_error (error);

  /* Monday 23 November 2026, 10:00 */
  fixture->clock = sb_test_clock_new ("2026-11-23T10:00:00");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *keys[] = { "activation-snacks", "sitting-minutes", "workout-reminders", "workout-days",
                         "workout-time", "morning-check", "quiet-hours", "snack-routine",
                         "morning-check-asked", "last-routine" };

  g_clear_object (&fixture->reminders);
  g_clear_object (&fixture->idle_monitor);
  sb_test_finalize_soon (g_steal_pointer (&fixture->context));
  /* the session bus goes down with the queue: nothing may hold it */
  sb_test_finalize_soon (g_steal_pointer (&fixture->app));
  g_clear_object (&fixture->clock);
  g_clear_object (&fixture->server);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (fixture->settings, keys[i]);
  g_clear_object (&fixture->settings);

  gt_dbus_queue_disconnect (fixture->queue, TRUE);
  g_clear_pointer (&fixture->queue, gt_dbus_queue_free);
  g_clear_pointer (&fixture->notifications, g_dbus_node_info_unref);
  g_clear_pointer (&fixture->idle, g_dbus_node_info_unref);
}

static GDateTime *
local (const char *iso8601)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  GDateTime *time = g_date_time_new_from_iso8601 (iso8601, tz);

  g_assert_nonnull (time);
  return time;
}

static void
move_to (Fixture    *fixture,
         const char *iso8601)
{
  g_autoptr(GDateTime) time = local (iso8601);

  sb_test_clock_move_to (fixture->clock, time);
}

/* Starts the reminders, answering the idle monitor's first questions:
 * the person is at the computer. */
static void
start (Fixture *fixture)
{
  if (fixture->idle != NULL)
    {
      g_autoptr(GDBusMethodInvocation) get = NULL;
      g_autoptr(GDBusMethodInvocation) watch = NULL;
      guint64 interval;

      fixture->idle_monitor = sb_idle_monitor_new (gt_dbus_queue_get_client_connection (fixture->queue),
                                                   SB_REMINDERS_BREAK_SECONDS);
      sb_test_wait_until (gt_dbus_queue_get_n_messages (fixture->queue) > 0);
      get = gt_dbus_queue_assert_pop_message (fixture->queue, IDLE_PATH, IDLE_IFACE, "GetIdletime", "()", NULL);
      fixture->server = g_object_ref (g_dbus_method_invocation_get_connection (get));
      g_dbus_method_invocation_return_value (get, g_variant_new ("(t)", (guint64) 1000));
      sb_test_wait_until (gt_dbus_queue_get_n_messages (fixture->queue) > 0);
      watch = gt_dbus_queue_assert_pop_message (fixture->queue, IDLE_PATH, IDLE_IFACE, "AddIdleWatch", "(t)",
                                                &interval);
      g_assert_cmpuint (interval, ==, SB_REMINDERS_BREAK_SECONDS * 1000);
      g_dbus_method_invocation_return_value (watch, g_variant_new ("(u)", IDLE_WATCH));
      sb_test_wait_until (sb_idle_monitor_get_available (fixture->idle_monitor));
    }

  fixture->reminders = sb_reminders_new (fixture->app, fixture->context, SB_CLOCK (fixture->clock),
                                         fixture->idle_monitor);
}

/* Mutter fires a watch: idle for the break time, or active again. Gone
 * idle, the monitor asks to hear when the person is back, and the
 * proposal on screen is taken back: on two connections, so in either
 * order. */
static void
fire_watch (Fixture *fixture,
            guint    id)
{
  gboolean idle = id == IDLE_WATCH;
  g_autoptr(GError) error = NULL;

  g_dbus_connection_emit_signal (fixture->server,
                                 g_dbus_connection_get_unique_name (gt_dbus_queue_get_client_connection (fixture->queue)),
                                 IDLE_PATH, IDLE_IFACE, "WatchFired", g_variant_new ("(u)", id), &error);
  g_assert_no_error (error);

  for (guint i = 0; idle && i < 2; i++)
    {
      g_autoptr(GDBusMethodInvocation) invocation = NULL;
      const char *method;

      sb_test_wait_until (gt_dbus_queue_get_n_messages (fixture->queue) > 0);
      g_assert_true (gt_dbus_queue_pop_message (fixture->queue, &invocation));
      method = g_dbus_method_invocation_get_method_name (invocation);
      if (g_str_equal (method, "AddUserActiveWatch"))
        g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", ACTIVE_WATCH));
      else if (g_str_equal (method, "RemoveNotification"))
        {
          const char *app_id, *notification_id;

          g_variant_get (g_dbus_method_invocation_get_parameters (invocation), "(&s&s)", &app_id, &notification_id);
          g_assert_cmpstr (notification_id, ==, "snack");
          g_dbus_method_invocation_return_value (invocation, NULL);
        }
      else
        g_error ("expected AddUserActiveWatch and RemoveNotification, but saw %s",
                 gt_dbus_queue_format_message (invocation));
    }
  sb_test_wait_until (sb_idle_monitor_get_idle (fixture->idle_monitor) == idle);
}

/* Waits for the mock to receive a call, failing after 30 s rather than
 * hanging. */
static void
wait_for_message (Fixture *fixture)
{
  sb_test_wait_until (gt_dbus_queue_get_n_messages (fixture->queue) > 0);
}

/* The next call to the notifications mock. GApplication sends them on
 * the session bus, not on the queue's client connection, which is all
 * that gt_dbus_queue_assert_pop_message() accepts. */
static GDBusMethodInvocation *
pop_notification_call (Fixture    *fixture,
                       const char *method)
{
  GDBusMethodInvocation *invocation = NULL;

  wait_for_message (fixture);
  g_assert_true (gt_dbus_queue_pop_message (fixture->queue, &invocation));
  if (!g_str_equal (g_dbus_method_invocation_get_object_path (invocation), NOTIFICATIONS_PATH) ||
      !g_str_equal (g_dbus_method_invocation_get_interface_name (invocation), NOTIFICATIONS_IFACE) ||
      !g_str_equal (g_dbus_method_invocation_get_method_name (invocation), method))
    g_error ("expected %s, but saw %s", method, gt_dbus_queue_format_message (invocation));
  return invocation;
}

/* The next notification sent: @id, from Strongback, with its payload. */
static GVariant *
pop_notification (Fixture    *fixture,
                  const char *id)
{
  g_autoptr(GDBusMethodInvocation) invocation = pop_notification_call (fixture, "AddNotification");
  const char *app_id, *notification_id;
  GVariant *payload;

  g_variant_get (g_dbus_method_invocation_get_parameters (invocation), "(&s&s@a{sv})",
                 &app_id, &notification_id, &payload);
  g_assert_cmpstr (app_id, ==, APP_ID);
  g_assert_cmpstr (notification_id, ==, id);
  g_dbus_method_invocation_return_value (invocation, NULL);
  return payload;
}

static void
pop_removal (Fixture    *fixture,
             const char *id)
{
  g_autoptr(GDBusMethodInvocation) invocation = pop_notification_call (fixture, "RemoveNotification");
  const char *app_id, *notification_id;

  g_variant_get (g_dbus_method_invocation_get_parameters (invocation), "(&s&s)", &app_id, &notification_id);
  g_assert_cmpstr (app_id, ==, APP_ID);
  g_assert_cmpstr (notification_id, ==, id);
  g_dbus_method_invocation_return_value (invocation, NULL);
}

/* Nothing was sent: a marker sent now on the same connection as the
 * notifications is the next message the mock sees. */
static void
assert_nothing_sent (Fixture *fixture)
{
  g_autoptr(GDBusConnection) session = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GDBusMethodInvocation) invocation = NULL;
  const char *app_id, *id;

  g_dbus_connection_call (session, "org.gtk.Notifications", NOTIFICATIONS_PATH, NOTIFICATIONS_IFACE,
                          "RemoveNotification", g_variant_new ("(ss)", "marker", "marker"), NULL,
                          G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL, NULL);
  sb_test_wait_until (gt_dbus_queue_get_n_messages (fixture->queue) > 0);
  g_assert_true (gt_dbus_queue_pop_message (fixture->queue, &invocation));
  if (!g_str_equal (g_dbus_method_invocation_get_method_name (invocation), "RemoveNotification"))
    g_error ("expected nothing, but saw %s", gt_dbus_queue_format_message (invocation));
  g_variant_get (g_dbus_method_invocation_get_parameters (invocation), "(&s&s)", &app_id, &id);
  if (!g_str_equal (id, "marker"))
    g_error ("expected nothing, but saw %s", gt_dbus_queue_format_message (invocation));
  g_dbus_method_invocation_return_value (invocation, NULL);
}

/* Nothing is sent until @at, not a minute before; then notification @id
 * is, whose payload is returned. */
static GVariant *
expect_at (Fixture    *fixture,
           const char *at,
           const char *id)
{
  g_autoptr(GDateTime) time = local (at);
  g_autoptr(GDateTime) before = g_date_time_add_minutes (time, -1);

  sb_test_clock_move_to (fixture->clock, before);
  assert_nothing_sent (fixture);
  sb_test_clock_move_to (fixture->clock, time);
  return pop_notification (fixture, id);
}

static const char *
lookup_string (GVariant   *payload,
               const char *key)
{
  const char *value = NULL;

  g_assert_true (g_variant_lookup (payload, key, "&s", &value));
  return value;
}

/* Button @n of @payload: its label, its action and its target, printed. */
static void
assert_button (GVariant   *payload,
               guint       n,
               const char *label,
               const char *action,
               const char *target)
{
  g_autoptr(GVariant) buttons = g_variant_lookup_value (payload, "buttons", G_VARIANT_TYPE ("aa{sv}"));
  g_autoptr(GVariant) button = NULL;
  g_autoptr(GVariant) value = NULL;

  g_assert_nonnull (buttons);
  g_assert_cmpuint (g_variant_n_children (buttons), >, n);
  button = g_variant_get_child_value (buttons, n);
  g_assert_cmpstr (lookup_string (button, "label"), ==, label);
  g_assert_cmpstr (lookup_string (button, "action"), ==, action);
  value = g_variant_lookup_value (button, "target", NULL);
  if (target == NULL)
    g_assert_null (value);
  else
    {
      g_autofree char *printed = g_variant_print (value, FALSE);
      g_assert_cmpstr (printed, ==, target);
    }
}

static guint
n_buttons (GVariant *payload)
{
  g_autoptr(GVariant) buttons = g_variant_lookup_value (payload, "buttons", G_VARIANT_TYPE ("aa{sv}"));

  return buttons ? g_variant_n_children (buttons) : 0;
}

static void
assert_snack (GVariant   *payload,
              const char *body)
{
  g_autofree char *target = NULL;
  g_autoptr(GVariant) default_target = g_variant_lookup_value (payload, "default-action-target", NULL);

  g_assert_cmpstr (lookup_string (payload, "title"), ==, "Time for a Desk Break");
  g_assert_cmpstr (lookup_string (payload, "body"), ==, body);
  g_assert_cmpstr (lookup_string (payload, "default-action"), ==, "app.show-routine");
  target = g_variant_print (default_target, FALSE);
  g_assert_cmpstr (target, ==, "'desk-break'");
  g_assert_cmpuint (n_buttons (payload), ==, 3);
  assert_button (payload, 0, "Start", "app.start-snack", "'desk-break'");
  assert_button (payload, 1, "In 15 Minutes", "app.snooze-snack", NULL);
  assert_button (payload, 2, "Not Today", "app.skip-snacks-today", NULL);
}

#define DESK_BREAK_FACTS "Desk break: About 3 minutes · 4 exercises · At your desk"

/* After the sitting time at the computer, not a minute before, a desk
 * break is proposed; ignored, the next comes after as long again. */
static void
test_snack_after_sitting (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GVariant) first = NULL;
  g_autoptr(GVariant) second = NULL;

  g_settings_set_boolean (fixture->settings, "activation-snacks", TRUE);
  start (fixture);
  g_assert_true (sb_reminders_get_active (fixture->reminders));

  first = expect_at (fixture, "2026-11-23T10:45:00", "snack");
  assert_snack (first, "You have sat for 45 minutes. Wake up your glutes with " DESK_BREAK_FACTS ".");

  second = expect_at (fixture, "2026-11-23T11:30:00", "snack");
  assert_snack (second, "You have sat for 45 minutes. Wake up your glutes with " DESK_BREAK_FACTS ".");

  /* the sitting time is the person's */
  g_settings_set_uint (fixture->settings, "sitting-minutes", 20);
  g_variant_unref (expect_at (fixture, "2026-11-23T11:50:00", "snack"));
}

/* Five minutes away from the computer, or the screen locked, is a break:
 * the proposal is taken back, and the count starts when the person is
 * back. */
static void
test_break_resets (Fixture       *fixture,
                   gconstpointer  data)
{
  g_settings_set_boolean (fixture->settings, "activation-snacks", TRUE);
  start (fixture);

  /* away at 10:30 (idle since 10:25), back at 10:50 */
  move_to (fixture, "2026-11-23T10:30:00");
  fire_watch (fixture, IDLE_WATCH);
  move_to (fixture, "2026-11-23T10:50:00");
  assert_nothing_sent (fixture);
  g_assert_null (sb_reminders_get_next_snack (fixture->reminders));
  fire_watch (fixture, ACTIVE_WATCH);

  g_variant_unref (expect_at (fixture, "2026-11-23T11:35:00", "snack"));

  /* a locked screen, however short, is a break too */
  move_to (fixture, "2026-11-23T11:50:00");
  sb_reminders_set_screen_locked (fixture->reminders, TRUE);
  pop_removal (fixture, "snack");
  move_to (fixture, "2026-11-23T11:52:00");
  sb_reminders_set_screen_locked (fixture->reminders, FALSE);
  g_variant_unref (expect_at (fixture, "2026-11-23T12:37:00", "snack"));
}

/* Nothing in the quiet hours: sitting down at 19:30 brings no proposal
 * at 20:15, but one at 08:45 the next morning. */
static void
test_quiet_hours (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) expected = local ("2026-11-24T08:45:00");

  g_settings_set_boolean (fixture->settings, "activation-snacks", TRUE);
  move_to (fixture, "2026-11-23T19:30:00");
  start (fixture);
  g_assert_true (g_date_time_equal (sb_reminders_get_next_snack (fixture->reminders), expected));

  g_variant_unref (expect_at (fixture, "2026-11-24T08:45:00", "snack"));
}

/* None during a workout, which is itself the best break: the count
 * starts again when it ends. */
static void
test_no_snack_during_workout (Fixture       *fixture,
                              gconstpointer  data)
{
  SbRoutine *routine = sb_catalog_lookup_routine (sb_context_get_catalog (fixture->context), "gym-corrective");
  SbWorkoutSession *workout;

  g_settings_set_boolean (fixture->settings, "activation-snacks", TRUE);
  start (fixture);

  move_to (fixture, "2026-11-23T10:30:00");
  workout = sb_context_start_workout (fixture->context, routine);
  g_assert_nonnull (workout);
  pop_removal (fixture, "snack");
  move_to (fixture, "2026-11-23T11:30:00");
  assert_nothing_sent (fixture);

  sb_workout_runner_abandon (sb_workout_session_get_runner (workout));
  g_variant_unref (expect_at (fixture, "2026-11-23T12:15:00", "snack"));
}

/* "In 15 Minutes" brings the proposal back then; "Not Today" keeps it
 * away until the next morning. */
static void
test_snooze_and_not_today (Fixture       *fixture,
                           gconstpointer  data)
{
  g_settings_set_boolean (fixture->settings, "activation-snacks", TRUE);
  start (fixture);

  move_to (fixture, "2026-11-23T10:45:00");
  g_variant_unref (pop_notification (fixture, "snack"));
  sb_reminders_snooze_snack (fixture->reminders);
  pop_removal (fixture, "snack");
  g_variant_unref (expect_at (fixture, "2026-11-23T11:00:00", "snack"));

  sb_reminders_skip_snacks_today (fixture->reminders);
  pop_removal (fixture, "snack");
  move_to (fixture, "2026-11-23T23:59:00");
  assert_nothing_sent (fixture);
  /* the quiet hours end at 08:00 */
  g_variant_unref (expect_at (fixture, "2026-11-24T08:45:00", "snack"));
}

/* Without GNOME's idle monitor, the proposals come at the sitting
 * interval, and say that it cannot tell. */
static void
test_without_idle_monitor (Fixture       *fixture,
                           gconstpointer  data)
{
  g_settings_set_boolean (fixture->settings, "activation-snacks", TRUE);
  fixture->idle_monitor = sb_idle_monitor_new (gt_dbus_queue_get_client_connection (fixture->queue),
                                               SB_REMINDERS_BREAK_SECONDS);
  start (fixture);
  g_assert_false (sb_idle_monitor_get_available (fixture->idle_monitor));

  move_to (fixture, "2026-11-23T10:45:00");
  g_variant_unref (pop_notification (fixture, "snack"));
  move_to (fixture, "2026-11-23T11:30:00");
  g_variant_unref (pop_notification (fixture, "snack"));
}

/* The computer asleep for two hours was a break: no proposal on waking,
 * the count starts again. */
static void
test_asleep (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GDateTime) wake = local ("2026-11-23T12:30:00");

  g_settings_set_boolean (fixture->settings, "activation-snacks", TRUE);
  start (fixture);

  move_to (fixture, "2026-11-23T10:30:00");
  sb_test_clock_sleep_until (fixture->clock, wake);
  assert_nothing_sent (fixture);
  g_variant_unref (expect_at (fixture, "2026-11-23T13:15:00", "snack"));
}

static void
on_saved (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sb_history_store_save_finish (SB_HISTORY_STORE (object), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static SbSession *
save_session (Fixture    *fixture,
              const char *routine_id,
              const char *start,
              const char *end,
              int         pain_after)
{
  SbRoutine *routine = sb_catalog_lookup_routine (sb_context_get_catalog (fixture->context), routine_id);
  g_autoptr(GDateTime) start_time = local (start);
  g_autoptr(GDateTime) end_time = local (end);
  SbSession *session = sb_session_new (routine_id, sb_routine_get_name (routine), start_time);
  gboolean saved = FALSE;

  sb_session_set_end_time (session, end_time);
  sb_session_set_place (session, sb_routine_get_place (routine));
  sb_session_set_pain_before (session, 4);
  sb_session_set_pain_after (session, pain_after);
  sb_history_store_save_async (sb_context_get_history (fixture->context), session, NULL, on_saved, &saved);
  sb_test_wait_until (saved);
  return session;
}

static void
wait_history_loaded (Fixture *fixture)
{
  sb_test_wait_until (sb_history_store_get_loaded (sb_context_get_history (fixture->context)));
}

/* On Monday, Wednesday and Friday at 18:00 by default; "Later" brings it
 * back in an hour; none on a day with a workout done already. */
static void
test_workout_reminder (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GVariant) reminder = NULL;
  g_autoptr(GVariant) again = NULL;

  g_settings_set_boolean (fixture->settings, "workout-reminders", TRUE);
  start (fixture);
  wait_history_loaded (fixture);

  reminder = expect_at (fixture, "2026-11-23T18:00:00", "workout");
  g_assert_cmpstr (lookup_string (reminder, "title"), ==, "Corrective routine today");
  g_assert_cmpstr (lookup_string (reminder, "body"), ==,
                   "It wakes up the muscles that sitting switches off. About 34 minutes · 5 exercises · At the gym.");
  g_assert_cmpuint (n_buttons (reminder), ==, 2);
  assert_button (reminder, 0, "Start", "app.start-routine", "'gym-corrective'");
  assert_button (reminder, 1, "Later", "app.remind-later", NULL);

  sb_reminders_remind_later (fixture->reminders);
  pop_removal (fixture, "workout");
  again = expect_at (fixture, "2026-11-23T19:00:00", "workout");
  g_assert_cmpstr (lookup_string (again, "title"), ==, "Corrective routine today");

  /* ignored: nothing more; Tuesday is not a day for it */
  move_to (fixture, "2026-11-24T20:00:00");
  assert_nothing_sent (fixture);

  /* Wednesday, done at noon: no reminder */
  g_object_unref (save_session (fixture, "gym-corrective", "2026-11-25T12:00:00", "2026-11-25T12:40:00", 3));
  move_to (fixture, "2026-11-25T20:00:00");
  assert_nothing_sent (fixture);

  /* the person's days and time */
  g_settings_set_strv (fixture->settings, "workout-days", (const char * const[]) { "thu", NULL });
  g_settings_set_string (fixture->settings, "workout-time", "07:30");
  move_to (fixture, "2026-11-26T07:30:00");
  g_variant_unref (pop_notification (fixture, "workout"));
}

/* Settings that cannot be read leave the reminders at their defaults. */
static void
test_bad_settings (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) quarter_to_nine = local ("2026-11-24T08:45:00");

  g_settings_set_boolean (fixture->settings, "workout-reminders", TRUE);
  g_settings_set_boolean (fixture->settings, "activation-snacks", TRUE);
  g_settings_set_string (fixture->settings, "workout-time", "25:99");
  g_settings_set_strv (fixture->settings, "workout-days", (const char * const[]) { "funday", NULL });
  g_settings_set_strv (fixture->settings, "quiet-hours", (const char * const[]) { NULL });
  move_to (fixture, "2026-11-23T19:30:00");
  start (fixture);

  /* Monday at 18:00 has passed: next Monday; the night is still quiet */
  g_assert_cmpint (g_date_time_get_day_of_week (sb_reminders_get_next_workout (fixture->reminders)), ==, 3);
  g_assert_cmpint (g_date_time_get_hour (sb_reminders_get_next_workout (fixture->reminders)), ==, 18);
  g_assert_true (g_date_time_equal (sb_reminders_get_next_snack (fixture->reminders), quarter_to_nine));
}

/* The morning after a workout, once the quiet hours are over, it asks
 * how the back is; the answer is kept with that session, in its file. */
static void
test_morning_check (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(SbSession) session = NULL;
  g_autoptr(GVariant) check = NULL;
  g_autofree char *target = NULL;
  g_autofree char *same = NULL;
  g_autofree char *rate = NULL;
  g_autofree char *path = NULL;

  g_settings_set_boolean (fixture->settings, "morning-check", TRUE);
  move_to (fixture, "2026-11-23T17:00:00");
  session = save_session (fixture, "gym-corrective", "2026-11-23T18:00:00", "2026-11-23T18:40:00", 3);
  /* a desk break later that day is not asked about */
  g_object_unref (save_session (fixture, "desk-break", "2026-11-23T19:00:00", "2026-11-23T19:03:00", -1));
  start (fixture);
  wait_history_loaded (fixture);

  check = expect_at (fixture, "2026-11-24T08:00:00", "morning-check");
  g_assert_cmpstr (lookup_string (check, "title"), ==, "How is your lower back this morning?");
  g_assert_cmpstr (lookup_string (check, "body"), ==, "After yesterday’s Corrective routine it was 3 out of 10.");
  g_assert_cmpstr (lookup_string (check, "default-action"), ==, "app.open-morning-check");
  target = g_strdup_printf ("('%s', 0)", sb_session_get_id (session));
  same = g_strdup_printf ("('%s', 3)", sb_session_get_id (session));
  rate = g_strdup_printf ("'%s'", sb_session_get_id (session));
  g_assert_cmpuint (n_buttons (check), ==, 3);
  assert_button (check, 0, "No Pain", "app.record-morning-pain", target);
  assert_button (check, 1, "Same as After", "app.record-morning-pain", same);
  assert_button (check, 2, "Rate It…", "app.open-morning-check", rate);

  /* answered: kept in the session's file */
  sb_reminders_record_morning_pain (fixture->reminders, sb_session_get_id (session), 2);
  pop_removal (fixture, "morning-check");
  path = g_build_filename (g_get_user_data_dir (), "strongback", "history", NULL);
  {
    g_autofree char *name = sb_session_codec_dup_file_name (session);
    g_autofree char *file = g_build_filename (path, name, NULL);

    sb_test_wait_until (sb_test_file_holds (file, "\"pain-next-morning\" : 2"));
  }

  /* asked once: not again that day, nor the next */
  move_to (fixture, "2026-11-25T12:00:00");
  assert_nothing_sent (fixture);

  /* an answer about a workout deleted since is not lost silently */
  sb_reminders_record_morning_pain (fixture->reminders, "7d5b2a94-3c1e-4f7a-9a51-0c2f4e8b6d13", 1);
  pop_removal (fixture, "morning-check");
  {
    g_autoptr(GVariant) failed = pop_notification (fixture, "morning-check-failed");

    g_assert_cmpstr (lookup_string (failed, "title"), ==, "Could not keep how your back is");
    g_assert_cmpstr (lookup_string (failed, "body"), ==, "That workout is no longer in your history.");
  }
}

/* Any reminder on starts Strongback with the session; all off, it no
 * longer does. */
static void
test_autostart (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = sb_background_dup_autostart_path ();
  g_autoptr(GKeyFile) entry = g_key_file_new ();
  g_autofree char *exec = NULL;

  start (fixture);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_settings_set_boolean (fixture->settings, "morning-check", TRUE);
  sb_test_wait_until (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_key_file_load_from_file (entry, path, G_KEY_FILE_NONE, NULL));
  exec = g_key_file_get_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, NULL);
  g_assert_cmpstr (exec, ==, "strongback --gapplication-service");

  g_settings_set_boolean (fixture->settings, "activation-snacks", TRUE);
  g_settings_set_boolean (fixture->settings, "morning-check", FALSE);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_settings_set_boolean (fixture->settings, "activation-snacks", FALSE);
  sb_test_wait_until (!g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  /* the times in these tests are Berlin's, summer time and all */
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func, flags) \
  g_test_add ("/reminders/" path, Fixture, GUINT_TO_POINTER (flags), fixture_set_up, func, fixture_tear_down)

  ADD ("snack-after-sitting", test_snack_after_sitting, WITH_IDLE_MONITOR);
  ADD ("break-resets", test_break_resets, WITH_IDLE_MONITOR);
  ADD ("quiet-hours", test_quiet_hours, WITH_IDLE_MONITOR);
  ADD ("no-snack-during-workout", test_no_snack_during_workout, WITH_IDLE_MONITOR);
  ADD ("snooze-and-not-today", test_snooze_and_not_today, WITH_IDLE_MONITOR);
  ADD ("without-idle-monitor", test_without_idle_monitor, 0);
  ADD ("asleep", test_asleep, WITH_IDLE_MONITOR);
  ADD ("workout-reminder", test_workout_reminder, WITH_IDLE_MONITOR);
  ADD ("bad-settings", test_bad_settings, WITH_IDLE_MONITOR);
  ADD ("morning-check", test_morning_check, WITH_IDLE_MONITOR);
  ADD ("autostart", test_autostart, 0);

#undef ADD

  return g_test_run ();
}
