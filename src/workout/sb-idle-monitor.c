/* sb-idle-monitor.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Whether the person is at the computer, from GNOME's idle monitor
 * (org.gnome.Mutter.IdleMonitor on the session bus): #SbIdleMonitor:idle
 * turns on once there has been no input for the idle time, and off at
 * the next input. Mutter tells: an idle watch fires each time the idle
 * time is reached, a user-active watch (one-shot) at the next input, so
 * nothing is polled. #SbIdleMonitor:available says whether the service
 * answered; it follows Mutter leaving and coming back (a Shell restart).
 *
 * It takes its connection as a parameter, so that the tests hand it a
 * mock of the service. */

#define G_LOG_DOMAIN "sb-idle-monitor"

#include "config.h"

#include "sb-idle-monitor.h"

#define IDLE_MONITOR_NAME      "org.gnome.Mutter.IdleMonitor"
#define IDLE_MONITOR_PATH      "/org/gnome/Mutter/IdleMonitor/Core"
#define IDLE_MONITOR_INTERFACE "org.gnome.Mutter.IdleMonitor"

struct _SbIdleMonitor
{
  GObject          parent_instance;

  GDBusConnection *connection;
  guint            idle_seconds;
  GCancellable    *cancellable;     /* the calls to the service now there */
  guint            name_watch;
  guint            signal_id;
  guint            idle_watch;      /* Mutter's ids; 0 for none */
  guint            active_watch;
  gboolean         available;
  gboolean         idle;
};

G_DEFINE_FINAL_TYPE (SbIdleMonitor, sb_idle_monitor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AVAILABLE,
  PROP_IDLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void on_watch_fired   (GDBusConnection *connection,
                              const char      *sender,
                              const char      *path,
                              const char      *interface,
                              const char      *signal,
                              GVariant        *parameters,
                              gpointer         user_data);
static void on_name_appeared (GDBusConnection *connection,
                              const char      *name,
                              const char      *owner,
                              gpointer         user_data);
static void on_name_vanished (GDBusConnection *connection,
                              const char      *name,
                              gpointer         user_data);

/**
 * sb_idle_monitor_new:
 * @connection: the session bus
 * @idle_seconds: how long without input counts as idle
 */
SbIdleMonitor *
sb_idle_monitor_new (GDBusConnection *connection,
                     guint            idle_seconds)
{
  SbIdleMonitor *self;

  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), NULL);
  g_return_val_if_fail (idle_seconds > 0, NULL);

  self = g_object_new (SB_TYPE_IDLE_MONITOR, NULL);
  self->connection = g_object_ref (connection);
  self->idle_seconds = idle_seconds;
  self->signal_id = g_dbus_connection_signal_subscribe (connection, IDLE_MONITOR_NAME, IDLE_MONITOR_INTERFACE,
                                                        "WatchFired", IDLE_MONITOR_PATH, NULL,
                                                        G_DBUS_SIGNAL_FLAGS_NONE, on_watch_fired, self, NULL);
  self->name_watch = g_bus_watch_name_on_connection (connection, IDLE_MONITOR_NAME,
                                                     G_BUS_NAME_WATCHER_FLAGS_NONE,
                                                     on_name_appeared, on_name_vanished, self, NULL);
  return self;
}

gboolean
sb_idle_monitor_get_available (SbIdleMonitor *self)
{
  g_return_val_if_fail (SB_IS_IDLE_MONITOR (self), FALSE);
  return self->available;
}

/* Whether the person has been away from the computer for the idle time
 * or more; FALSE when the monitor is not available. */
gboolean
sb_idle_monitor_get_idle (SbIdleMonitor *self)
{
  g_return_val_if_fail (SB_IS_IDLE_MONITOR (self), FALSE);
  return self->idle;
}

static void
set_available (SbIdleMonitor *self,
               gboolean       available)
{
  if (self->available == available)
    return;

  self->available = available;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABLE]);
}

static void
set_idle (SbIdleMonitor *self,
          gboolean       idle)
{
  if (self->idle == idle)
    return;

  self->idle = idle;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IDLE]);
}

typedef void (*ReplyFunc) (SbIdleMonitor *self,
                           GVariant      *reply);

typedef struct
{
  SbIdleMonitor *self;
  ReplyFunc      func;
} Call;

static void
call_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autofree Call *call = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);
  g_autoptr(SbIdleMonitor) self = call->self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (reply == NULL)
    {
      /* no GNOME Shell (another desktop, a bare session): say so */
      g_debug ("The idle monitor did not answer: %s", error->message);
      set_idle (self, FALSE);
      set_available (self, FALSE);
      return;
    }

  if (call->func != NULL)
    call->func (self, reply);
}

static void
call (SbIdleMonitor      *self,
      const char         *method,
      GVariant           *parameters,
      const GVariantType *reply_type,
      ReplyFunc           func)
{
  Call *data = g_new0 (Call, 1);

  data->self = g_object_ref (self);
  data->func = func;
  g_dbus_connection_call (self->connection, IDLE_MONITOR_NAME, IDLE_MONITOR_PATH, IDLE_MONITOR_INTERFACE,
                          method, parameters, reply_type, G_DBUS_CALL_FLAGS_NO_AUTO_START, -1,
                          self->cancellable, call_done, data);
}

static void
on_active_watch_added (SbIdleMonitor *self,
                       GVariant      *reply)
{
  g_variant_get (reply, "(u)", &self->active_watch);
}

/* Away: wait for the person to come back. */
static void
went_idle (SbIdleMonitor *self)
{
  set_idle (self, TRUE);
  if (self->active_watch == 0)
    call (self, "AddUserActiveWatch", NULL, G_VARIANT_TYPE ("(u)"), on_active_watch_added);
}

static void
on_idle_watch_added (SbIdleMonitor *self,
                     GVariant      *reply)
{
  g_variant_get (reply, "(u)", &self->idle_watch);
}

static void
on_idletime (SbIdleMonitor *self,
             GVariant      *reply)
{
  guint64 idle_ms;

  g_variant_get (reply, "(t)", &idle_ms);
  set_available (self, TRUE);
  call (self, "AddIdleWatch", g_variant_new ("(t)", (guint64) self->idle_seconds * 1000),
        G_VARIANT_TYPE ("(u)"), on_idle_watch_added);
  if (idle_ms >= (guint64) self->idle_seconds * 1000)
    went_idle (self);
}

static void
on_watch_fired (GDBusConnection *connection,
                const char      *sender,
                const char      *path,
                const char      *interface,
                const char      *signal,
                GVariant        *parameters,
                gpointer         user_data)
{
  SbIdleMonitor *self = user_data;
  guint id;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(u)")))
    return;

  g_variant_get (parameters, "(u)", &id);
  if (id != 0 && id == self->idle_watch)
    went_idle (self);
  else if (id != 0 && id == self->active_watch)
    {
      /* user-active watches fire once */
      self->active_watch = 0;
      set_idle (self, FALSE);
    }
}

/* The service is there (again): its watches are new. */
static void
on_name_appeared (GDBusConnection *connection,
                  const char      *name,
                  const char      *owner,
                  gpointer         user_data)
{
  SbIdleMonitor *self = user_data;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->idle_watch = self->active_watch = 0;
  call (self, "GetIdletime", NULL, G_VARIANT_TYPE ("(t)"), on_idletime);
}

static void
on_name_vanished (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  SbIdleMonitor *self = user_data;

  g_cancellable_cancel (self->cancellable);
  self->idle_watch = self->active_watch = 0;
  set_idle (self, FALSE);
  set_available (self, FALSE);
}

static void
sb_idle_monitor_dispose (GObject *object)
{
  SbIdleMonitor *self = SB_IDLE_MONITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->name_watch, g_bus_unwatch_name);
  if (self->signal_id != 0)
    {
      g_dbus_connection_signal_unsubscribe (self->connection, self->signal_id);
      self->signal_id = 0;
    }
  /* the watches go with the connection: Mutter drops them when it closes */
  g_clear_object (&self->connection);

  G_OBJECT_CLASS (sb_idle_monitor_parent_class)->dispose (object);
}

static void
sb_idle_monitor_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SbIdleMonitor *self = SB_IDLE_MONITOR (object);

  switch (prop_id)
    {
    case PROP_AVAILABLE:
      g_value_set_boolean (value, self->available);
      break;
    case PROP_IDLE:
      g_value_set_boolean (value, self->idle);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_idle_monitor_class_init (SbIdleMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_idle_monitor_dispose;
  object_class->get_property = sb_idle_monitor_get_property;

  properties[PROP_AVAILABLE] =
    g_param_spec_boolean ("available", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IDLE] =
    g_param_spec_boolean ("idle", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_idle_monitor_init (SbIdleMonitor *self)
{
}
