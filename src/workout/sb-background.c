/* sb-background.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Running in the background and starting with the session, for the
 * reminders. Inside Flatpak this is the person's choice, asked through
 * org.freedesktop.portal.Background: RequestBackground answers with a
 * request object whose Response signal carries the answer. Outside it,
 * Strongback writes (and removes) its own autostart file. libportal would
 * do the asking, but it is not in the GNOME runtimes before 51; this is
 * the one call it would be used for.
 *
 * The request takes its connection as a parameter, so that the tests hand
 * it a mock of the portal. */

#define G_LOG_DOMAIN "sb-background"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sb-background.h"

#define PORTAL_NAME      "org.freedesktop.portal.Desktop"
#define PORTAL_PATH      "/org/freedesktop/portal/desktop"
#define PORTAL_INTERFACE "org.freedesktop.portal.Background"
#define REQUEST_INTERFACE "org.freedesktop.portal.Request"
#define SERVICE_COMMAND  "strongback --gapplication-service"

G_DEFINE_QUARK (sb-background-error-quark, sb_background_error)

/* Whether Strongback runs inside Flatpak, where only the portal may let
 * it start with the session. */
gboolean
sb_background_is_sandboxed (void)
{
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

typedef struct
{
  GDBusConnection *connection;
  char            *request_path;
  guint            response_id;
  gulong           cancelled_id;
  gboolean         answered;
} Request;

static void
request_free (Request *request)
{
  if (request->response_id != 0)
    g_dbus_connection_signal_unsubscribe (request->connection, request->response_id);
  g_clear_object (&request->connection);
  g_clear_pointer (&request->request_path, g_free);
  g_free (request);
}

/* Stops listening; returns FALSE when the task was answered already. */
static gboolean
unsubscribe (GTask *task)
{
  Request *request = g_task_get_task_data (task);

  if (request->answered)
    return FALSE;
  request->answered = TRUE;

  if (request->response_id != 0)
    {
      g_dbus_connection_signal_unsubscribe (request->connection, request->response_id);
      request->response_id = 0;
    }
  if (request->cancelled_id != 0)
    {
      g_cancellable_disconnect (g_task_get_cancellable (task), request->cancelled_id);
      request->cancelled_id = 0;
    }
  return TRUE;
}

static void
on_response (GDBusConnection *connection,
             const char      *sender,
             const char      *path,
             const char      *interface,
             const char      *signal,
             GVariant        *parameters,
             gpointer         user_data)
{
  GTask *task = user_data;
  g_autoptr(GVariant) results = NULL;
  gboolean background = FALSE, autostart = FALSE;
  guint response;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ua{sv})")))
    return;

  g_object_ref (task);
  if (!unsubscribe (task))
    {
      g_object_unref (task);
      return;
    }

  g_variant_get (parameters, "(u@a{sv})", &response, &results);
  g_variant_lookup (results, "background", "b", &background);
  g_variant_lookup (results, "autostart", "b", &autostart);

  /* 0: answered; 1: the person closed the dialog; 2: anything else */
  if (response == 0 && background)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_new_error (task, SB_BACKGROUND_ERROR, SB_BACKGROUND_ERROR_REFUSED,
                             _("Strongback may not run in the background, so reminders come only "
                               "while its window is open. You can allow it in Settings, Apps."));
  g_object_unref (task);
}

static void
subscribe (GTask      *task,
           const char *path)
{
  Request *request = g_task_get_task_data (task);

  g_free (request->request_path);
  request->request_path = g_strdup (path);
  if (request->response_id != 0)
    g_dbus_connection_signal_unsubscribe (request->connection, request->response_id);
  /* The task lives until the answer comes (or the request is cancelled).
   * By path only, which holds our name and a random token: a sender
   * given as a well-known name is matched only once GDBus has looked up
   * its owner, and a portal that answers at once (permission given
   * before) can answer sooner than that. The answer is sent to us alone. */
  request->response_id = g_dbus_connection_signal_subscribe (request->connection, NULL, REQUEST_INTERFACE,
                                                             "Response", path, NULL,
                                                             G_DBUS_SIGNAL_FLAGS_NO_MATCH_RULE,
                                                             on_response, g_object_ref (task), g_object_unref);
}

static void
on_requested (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Request *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);
  const char *handle;

  if (reply == NULL)
    {
      if (!unsubscribe (task))
        return;
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_new_error (task, SB_BACKGROUND_ERROR, SB_BACKGROUND_ERROR_FAILED,
                                 _("Could not ask to run in the background: %s"), error->message);
      return;
    }

  /* portals older than the handle token answer on a path of their own */
  g_variant_get (reply, "(&o)", &handle);
  if (!request->answered && g_strcmp0 (handle, request->request_path) != 0)
    subscribe (task, handle);
}

static gboolean
return_cancelled (gpointer data)
{
  GTask *task = data;

  if (unsubscribe (task))
    {
      GError *error = NULL;

      g_cancellable_set_error_if_cancelled (g_task_get_cancellable (task), &error);
      g_task_return_error (task, error);
    }
  return G_SOURCE_REMOVE;
}

/* Cancelling closes the request, and its dialog with it. */
static void
on_cancelled (GCancellable *cancellable,
              GTask        *task)
{
  Request *request = g_task_get_task_data (task);
  g_autoptr(GSource) source = NULL;

  g_dbus_connection_call (request->connection, PORTAL_NAME, request->request_path, REQUEST_INTERFACE,
                          "Close", NULL, NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL, NULL);
  /* the answer comes later, not here: the handler may not be
   * disconnected from within */
  source = g_idle_source_new ();
  g_source_set_callback (source, return_cancelled, g_object_ref (task), g_object_unref);
  g_source_attach (source, g_task_get_context (task));
}

/**
 * sb_background_request_async:
 * @connection: the session bus
 * @autostart: whether to start with the session too
 *
 * Asks the Background portal to let Strongback run in the background,
 * with the command that starts its service, and to start with the
 * session or not. The person may be asked.
 */
void
sb_background_request_async (GDBusConnection     *connection,
                             gboolean             autostart,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *token = NULL;
  g_autofree char *sender = NULL;
  g_autofree char *path = NULL;
  const char *commandline[] = { "strongback", "--gapplication-service", NULL };
  GVariantBuilder options;
  Request *request;

  g_return_if_fail (G_IS_DBUS_CONNECTION (connection));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sb_background_request_async);
  request = g_new0 (Request, 1);
  request->connection = g_object_ref (connection);
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);

  /* The request's path is known beforehand from the token, so that the
   * answer cannot come before we listen for it. */
  token = g_strdup_printf ("strongback%u", g_random_int ());
  sender = g_strdelimit (g_strdup (g_dbus_connection_get_unique_name (connection) + 1), ".", '_');
  path = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", sender, token);
  subscribe (task, path);
  if (cancellable != NULL)
    request->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (on_cancelled), task, NULL);

  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "handle_token", g_variant_new_string (token));
  g_variant_builder_add (&options, "{sv}", "reason",
                         g_variant_new_string (_("Strongback reminds you of your workouts and of desk breaks, "
                                                 "and asks how your back is the morning after.")));
  g_variant_builder_add (&options, "{sv}", "autostart", g_variant_new_boolean (autostart));
  g_variant_builder_add (&options, "{sv}", "commandline", g_variant_new_strv (commandline, -1));
  g_variant_builder_add (&options, "{sv}", "dbus-activatable", g_variant_new_boolean (FALSE));

  g_dbus_connection_call (connection, PORTAL_NAME, PORTAL_PATH, PORTAL_INTERFACE, "RequestBackground",
                          g_variant_new ("(sa{sv})", "", &options), G_VARIANT_TYPE ("(o)"),
                          G_DBUS_CALL_FLAGS_NONE, -1, cancellable, on_requested, g_object_ref (task));
}

/**
 * sb_background_request_finish:
 *
 * Returns: %TRUE when Strongback may run in the background; %FALSE with
 *   %SB_BACKGROUND_ERROR_REFUSED when the person said no
 */
gboolean
sb_background_request_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * sb_background_dup_autostart_path:
 *
 * Returns: (transfer full): where the autostart file goes, outside Flatpak
 */
char *
sb_background_dup_autostart_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", APP_ID ".desktop", NULL);
}

/**
 * sb_background_set_autostart_file:
 * @enabled: whether Strongback's service starts with the session
 *
 * Outside Flatpak: writes or removes the autostart file.
 */
gboolean
sb_background_set_autostart_file (gboolean   enabled,
                                  GError   **error)
{
  g_autofree char *path = sb_background_dup_autostart_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GKeyFile) entry = NULL;
  g_autofree char *data = NULL;

  if (!enabled)
    {
      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Could not remove “%s”: %s"), path, g_strerror (saved_errno));
          return FALSE;
        }
      return TRUE;
    }

  entry = g_key_file_new ();
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_TYPE, "Application");
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NAME, "Strongback");
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_COMMENT,
                         "Workout reminders and desk breaks");
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_ICON, APP_ID);
  g_key_file_set_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, SERVICE_COMMAND);
  g_key_file_set_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, TRUE);
  g_key_file_set_boolean (entry, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", TRUE);
  data = g_key_file_to_data (entry, NULL, NULL);

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not make the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  return g_file_set_contents_full (path, data, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}
