/* test-background.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* sb-background against a mock of the Background portal on a private
 * bus (GtDBusQueue): the request carries the reason, the autostart wish
 * and the service's command line; the answer comes as a Response signal
 * on the request object, granted or refused; no portal at all is an
 * error that says so. */

#define G_LOG_DOMAIN "test-background"

#include "config.h"

#include <libglib-testing/dbus-queue.h>

#include "workout/sb-background.h"
#include "sb-test-utils.h"

#define PORTAL_PATH "/org/freedesktop/portal/desktop"
#define PORTAL_IFACE "org.freedesktop.portal.Background"

static const char portal_xml[] =
  "<node><interface name='org.freedesktop.portal.Background'>"
  "  <method name='RequestBackground'>"
  "    <arg type='s' direction='in'/><arg type='a{sv}' direction='in'/><arg type='o' direction='out'/>"
  "  </method>"
  "</interface>"
  "<interface name='org.freedesktop.portal.Request'>"
  "  <method name='Close'/>"
  "  <signal name='Response'><arg type='u'/><arg type='a{sv}'/></signal>"
  "</interface></node>";

typedef struct
{
  GtDBusQueue   *queue;
  GDBusNodeInfo *portal;
  GAsyncResult  *result;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->queue = gt_dbus_queue_new ();
  gt_dbus_queue_connect (fixture->queue, &error);
  g_assert_no_error (error);

  if (data == NULL)
    {
      fixture->portal = g_dbus_node_info_new_for_xml (portal_xml, &error);
      g_assert_no_error (error);
      gt_dbus_queue_own_name (fixture->queue, "org.freedesktop.portal.Desktop");
      gt_dbus_queue_export_object (fixture->queue, PORTAL_PATH, fixture->portal->interfaces[0], &error);
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->result);
  gt_dbus_queue_disconnect (fixture->queue, TRUE);
  g_clear_pointer (&fixture->queue, gt_dbus_queue_free);
  g_clear_pointer (&fixture->portal, g_dbus_node_info_unref);
}

static void
on_answered (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Fixture *fixture = user_data;

  fixture->result = g_object_ref (result);
}

/* Takes the request, checks what it asks for, answers with the request
 * object's path, then with @response and @results as the portal does. */
static void
answer (Fixture    *fixture,
        gboolean    autostart,
        guint       response,
        const char *results)
{
  g_autoptr(GDBusMethodInvocation) invocation = NULL;
  g_autoptr(GVariant) options = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *sender = NULL;
  g_auto(GStrv) commandline = NULL;
  const char *parent, *token, *reason;
  gboolean asked_autostart;

  sb_test_wait_until (gt_dbus_queue_get_n_messages (fixture->queue) > 0);
  invocation = gt_dbus_queue_assert_pop_message (fixture->queue, PORTAL_PATH, PORTAL_IFACE, "RequestBackground",
                                                 "(&s@a{sv})", &parent, &options);
  g_assert_true (g_variant_lookup (options, "handle_token", "&s", &token));
  g_assert_true (g_variant_lookup (options, "reason", "&s", &reason));
  g_assert_nonnull (strstr (reason, "desk breaks"));
  g_assert_true (g_variant_lookup (options, "autostart", "b", &asked_autostart));
  g_assert_cmpint (asked_autostart, ==, autostart);
  g_assert_true (g_variant_lookup (options, "commandline", "^as", &commandline));
  g_assert_cmpstrv (commandline, ((const char * const[]) { "strongback", "--gapplication-service", NULL }));

  /* /org/freedesktop/portal/desktop/request/SENDER/TOKEN */
  sender = g_strdelimit (g_strdup (g_dbus_method_invocation_get_sender (invocation) + 1), ".", '_');
  path = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", sender, token);
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", path));

  g_dbus_connection_emit_signal (g_dbus_method_invocation_get_connection (invocation),
                                 g_dbus_method_invocation_get_sender (invocation), path,
                                 "org.freedesktop.portal.Request", "Response",
                                 g_variant_new ("(u@a{sv})", response, g_variant_new_parsed (results)), &error);
  g_assert_no_error (error);
  sb_test_wait_until (fixture->result != NULL);
}

static void
test_granted (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  sb_background_request_async (gt_dbus_queue_get_client_connection (fixture->queue), TRUE, NULL,
                               on_answered, fixture);
  answer (fixture, TRUE, 0, "{'background': <true>, 'autostart': <true>}");
  g_assert_true (sb_background_request_finish (fixture->result, &error));
  g_assert_no_error (error);
}

/* Turning every reminder off asks again, without the autostart. */
static void
test_autostart_off (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  sb_background_request_async (gt_dbus_queue_get_client_connection (fixture->queue), FALSE, NULL,
                               on_answered, fixture);
  answer (fixture, FALSE, 0, "{'background': <true>, 'autostart': <false>}");
  g_assert_true (sb_background_request_finish (fixture->result, &error));
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  /* the person said no, or closed the dialog */
  const struct { guint response; const char *results; } answers[] = {
    { 0, "{'background': <false>, 'autostart': <false>}" },
    { 1, "@a{sv} {}" },
    { 2, "@a{sv} {}" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      g_autoptr(GError) error = NULL;

      g_clear_object (&fixture->result);
      sb_background_request_async (gt_dbus_queue_get_client_connection (fixture->queue), TRUE, NULL,
                                   on_answered, fixture);
      answer (fixture, TRUE, answers[i].response, answers[i].results);
      g_assert_false (sb_background_request_finish (fixture->result, &error));
      g_assert_error (error, SB_BACKGROUND_ERROR, SB_BACKGROUND_ERROR_REFUSED);
      g_assert_cmpstr (error->message, ==, "Strongback may not run in the background, so reminders come only "
                                           "while its window is open. You can allow it in Settings, Apps.");
    }
}

/* No portal on the bus (an old or bare session): an error that says so. */
static void
test_no_portal (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  sb_background_request_async (gt_dbus_queue_get_client_connection (fixture->queue), TRUE, NULL,
                               on_answered, fixture);
  sb_test_wait_until (fixture->result != NULL);
  g_assert_false (sb_background_request_finish (fixture->result, &error));
  g_assert_error (error, SB_BACKGROUND_ERROR, SB_BACKGROUND_ERROR_FAILED);
  g_assert_true (g_str_has_prefix (error->message, "Could not ask to run in the background: "));
}

/* Cancelled while the person decides: the request is closed, and with
 * it the dialog. */
static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GDBusMethodInvocation) request = NULL;
  g_autoptr(GDBusMethodInvocation) close = NULL;
  g_autoptr(GVariant) options = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sender = NULL;
  g_autofree char *path = NULL;
  const char *parent, *token;

  sb_background_request_async (gt_dbus_queue_get_client_connection (fixture->queue), TRUE, cancellable,
                               on_answered, fixture);
  sb_test_wait_until (gt_dbus_queue_get_n_messages (fixture->queue) > 0);
  request = gt_dbus_queue_assert_pop_message (fixture->queue, PORTAL_PATH, PORTAL_IFACE, "RequestBackground",
                                              "(&s@a{sv})", &parent, &options);
  g_assert_true (g_variant_lookup (options, "handle_token", "&s", &token));
  sender = g_strdelimit (g_strdup (g_dbus_method_invocation_get_sender (request) + 1), ".", '_');
  path = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", sender, token);
  gt_dbus_queue_export_object (fixture->queue, path, fixture->portal->interfaces[1], &error);
  g_assert_no_error (error);

  g_cancellable_cancel (cancellable);
  sb_test_wait_until (fixture->result != NULL);
  g_assert_false (sb_background_request_finish (fixture->result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  sb_test_wait_until (gt_dbus_queue_get_n_messages (fixture->queue) > 0);
  close = gt_dbus_queue_assert_pop_message (fixture->queue, path, "org.freedesktop.portal.Request", "Close", "()", NULL);
  g_dbus_method_invocation_return_value (close, NULL);
  g_dbus_method_invocation_return_value (request, g_variant_new ("(o)", path));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/background/granted", Fixture, NULL, fixture_set_up, test_granted, fixture_tear_down);
  g_test_add ("/background/autostart-off", Fixture, NULL, fixture_set_up, test_autostart_off, fixture_tear_down);
  g_test_add ("/background/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/background/no-portal", Fixture, "no portal", fixture_set_up, test_no_portal, fixture_tear_down);
  g_test_add ("/background/cancelled", Fixture, NULL, fixture_set_up, test_cancelled, fixture_tear_down);

  return g_test_run ();
}
