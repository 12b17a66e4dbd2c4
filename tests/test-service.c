/* test-service.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The real application started as its D-Bus service would be
 * (`--gapplication-service`), on a private bus, under the test display.
 * It opens no window until asked; a notification's buttons reach it as
 * GNOME Shell sends them (org.freedesktop.Application.ActivateAction):
 * Start opens a small window straight into the desk break's workout;
 * "In 15 Minutes" opens none; "No Pain" on the morning check-in keeps
 * the answer with yesterday's workout; the desktop menu's Start Today's
 * Routine, over D-Bus too, opens the window on its workout. */

#define G_LOG_DOMAIN "test-service"

#include "config.h"

#include <libglib-testing/dbus-queue.h>

#include "storage/sb-session-codec.h"
#include "ui/sb-workout-page.h"
#include "sb-test-app.h"

static GtDBusQueue *queue;

typedef void (*ServiceTest) (SbApplication *app);

static void
on_called (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);

  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

/* Sends @action with @parameter as GNOME Shell does for a notification's
 * button or a desktop action, from another connection, and waits for the
 * answer. */
static void
activate_action (const char *action,
                 GVariant   *parameter)
{
  GVariantBuilder parameters;
  gboolean done = FALSE;

  g_variant_builder_init (&parameters, G_VARIANT_TYPE ("av"));
  if (parameter != NULL)
    g_variant_builder_add (&parameters, "v", parameter);

  g_dbus_connection_call (gt_dbus_queue_get_client_connection (queue), APP_ID, "/io/github/strongback/Strongback",
                          "org.freedesktop.Application", "ActivateAction",
                          g_variant_new ("(sava{sv})", action, &parameters, NULL), NULL,
                          G_DBUS_CALL_FLAGS_NONE, -1, NULL, on_called, &done);
  sb_test_wait_until (done);
}

static SbWindow *
main_window (GApplication *app)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (SB_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

static gboolean
run_test (gpointer data)
{
  GApplication *app = g_application_get_default ();

  /* a service shows nothing until asked */
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  ((ServiceTest) data) (SB_APPLICATION (app));
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
on_startup (GApplication *app,
            gpointer      test)
{
  g_idle_add (run_test, test);
}

/* Runs the application as a D-Bus service around @data, a ServiceTest. */
static void
run_service (gconstpointer data)
{
  g_autoptr(SbApplication) app = NULL;
  g_autoptr(GSettings) settings = NULL;
  char *argv[] = { (char *) "strongback", (char *) "--gapplication-service", NULL };

  sb_test_app_reset ();
  settings = g_settings_new (APP_ID);
  g_settings_set_boolean (settings, "safety-accepted", TRUE);

  app = sb_application_new ();
  g_signal_connect_after (app, "startup", G_CALLBACK (on_startup), (gpointer) data);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 2, argv), ==, 0);
}

static const char *
root_page (SbWindow *window)
{
  return gtk_stack_get_visible_child_name (sb_test_find_named (window, "root"));
}

/* A desk break's Start: a small window, straight into its workout. */
static void
check_start_snack (SbApplication *app)
{
  SbWindow *window;
  SbWorkoutPage *page;
  int width, height;

  activate_action ("start-snack", g_variant_new_string ("desk-break"));
  sb_test_wait_until ((window = main_window (G_APPLICATION (app))) != NULL &&
                      gtk_widget_get_mapped (GTK_WIDGET (window)));
  sb_test_wait_until (g_strcmp0 (root_page (window), "workout") == 0);
  page = sb_test_find (GTK_WIDGET (window), SB_TYPE_WORKOUT_PAGE);
  g_assert_cmpstr (sb_routine_get_id (sb_workout_session_get_routine (sb_workout_page_get_workout (page))), ==,
                   "desk-break");
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, <=, 420);

  /* the person's window size is not the desk break's */
  gtk_window_close (GTK_WINDOW (window));
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 960);
  }
}

/* "In 15 Minutes" and "Not Today" are answered without a window. */
static void
check_snooze (SbApplication *app)
{
  activate_action ("snooze-snack", NULL);
  activate_action ("skip-snacks-today", NULL);
  activate_action ("remind-later", NULL);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

/* The morning check-in's "No Pain", with no window: kept in the file of
 * yesterday's workout, History read for it. */
static void
check_morning_answer (SbApplication *app)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(SbSession) session = sb_session_new ("gym-corrective", "Corrective routine", yesterday);
  g_autofree char *name = sb_session_codec_dup_file_name (session);
  g_autofree char *relative = g_build_filename ("history", name, NULL);
  g_autofree char *path = sb_test_data_path (relative);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *data = NULL;

  sb_session_set_pain_after (session, 3);
  data = sb_session_codec_write (session);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, data, -1, NULL));

  activate_action ("record-morning-pain", g_variant_new ("(si)", sb_session_get_id (session), 0));
  sb_test_wait_until (sb_test_file_holds (path, "\"pain-next-morning\" : 0"));
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

/* The desktop menu's Start Today's Routine, over D-Bus: the window, on
 * the workout of today's routine. */
static void
check_desktop_action (SbApplication *app)
{
  SbWindow *window;

  activate_action ("start-workout", NULL);
  sb_test_wait_until ((window = main_window (G_APPLICATION (app))) != NULL);
  sb_test_wait_until (g_strcmp0 (root_page (window), "workout") == 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));
  int status;

  g_setenv ("LANGUAGE", "C", TRUE);
  /* the session bus is a private one, where the service registers; the
   * private bus unsets the display, which the service needs */
  queue = gt_dbus_queue_new ();
  gt_dbus_queue_connect (queue, &error);
  g_assert_no_error (error);
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);
  /* no accessibility bus on the private one: nothing here reads it */
  g_setenv ("GTK_A11Y", "none", TRUE);
  sb_test_app_init (&argc, &argv, "service");

  g_test_add_data_func ("/service/start-snack", check_start_snack, run_service);
  g_test_add_data_func ("/service/snooze-without-window", check_snooze, run_service);
  g_test_add_data_func ("/service/morning-answer", check_morning_answer, run_service);
  g_test_add_data_func ("/service/desktop-action", check_desktop_action, run_service);

  status = g_test_run ();
  /* Not disconnected: that waits for every user of the session bus to let
   * it go, and GTK keeps it to the end. GTestDBus's watcher stops the
   * private bus when this process exits. */
  gt_dbus_queue_assert_no_messages (queue);
  return status;
}
