/* sb-application.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The application object: owns the context (everything Strongback knows
 * and keeps), the reminders, the app-wide actions, and creates the main
 * window. Only one instance runs per session; a second launch activates
 * the first one, which raises its window. After the first frame the
 * context reads the user's routines and history, then finds a workout
 * left unfinished, which the window offers.
 *
 * With a reminder on, the application stays in the background with no
 * window. Started as a D-Bus service (`--gapplication-service`: at login,
 * or by GNOME Shell for a notification's button) it opens no window until
 * asked: every notification's button is an app. action, each of which
 * opens the window it needs.
 */

#define G_LOG_DOMAIN "sb-application"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-application.h"
#include "ui/sb-morning-check.h"
#include "ui/sb-preferences-window.h"
#include "ui/sb-window.h"
#include "workout/sb-reminders.h"

/* A service started for one action (a notification's button) stays this
 * long once nothing holds it, in case another follows. */
#define SERVICE_LINGER_MS 10000

struct _SbApplication
{
  AdwApplication  parent_instance;

  SbContext        *context;
  GSettings        *settings;
  SbReminders      *reminders;
  gboolean          held;            /* in the background for the reminders */
  const char       *pending_action;  /* from the command line, for after the window */
};

G_DEFINE_FINAL_TYPE (SbApplication, sb_application, ADW_TYPE_APPLICATION)

SbApplication *
sb_application_new (void)
{
  return g_object_new (SB_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/strongback/Strongback",
                       /* so that GTK follows the screen lock */
                       "register-session", TRUE,
                       NULL);
}

/**
 * sb_application_get_context:
 *
 * Returns: (transfer none): everything Strongback knows and keeps
 */
SbContext *
sb_application_get_context (SbApplication *self)
{
  g_return_val_if_fail (SB_IS_APPLICATION (self), NULL);
  return self->context;
}

/* The loaders' callbacks hold no reference to the application: quitting
 * while they run must still finalize it. They find it, if it is still
 * there, when they are called. */
static SbApplication *
running_application (void)
{
  GApplication *app = g_application_get_default ();

  return SB_IS_APPLICATION (app) ? SB_APPLICATION (app) : NULL;
}

/* The window's icon for the window manager costs about a tenth of the
 * first frame (GTK renders the SVG even on Wayland, where it is not
 * shown), so it comes once that frame is on screen. A default set now no
 * longer reaches a window already realized: set it on each. */
static gboolean
set_window_icons (gpointer data)
{
  SbApplication *self = running_application ();

  gtk_window_set_default_icon_name (APP_ID);
  for (GList *l = self ? gtk_application_get_windows (GTK_APPLICATION (self)) : NULL; l != NULL; l = l->next)
    gtk_window_set_icon_name (l->data, APP_ID);

  return G_SOURCE_REMOVE;
}

static void
start_loading (SbApplication *self,
               GdkFrameClock *clock)
{
  g_signal_handlers_disconnect_by_func (clock, start_loading, self);
  g_idle_add_full (G_PRIORITY_LOW, set_window_icons, NULL, NULL);

  sb_context_load (self->context);
}

/* The main window, if there is one: the active window may be Preferences
 * or the morning check-in. */
static SbWindow *
main_window (SbApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (SB_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

/* The main window, made if there is none (@compact: small, for a desk
 * break from a notification), and raised. */
static SbWindow *
present_window (SbApplication *self,
                gboolean       compact)
{
  SbWindow *window = main_window (self);

  if (window == NULL)
    {
      window = compact ? sb_window_new_compact (GTK_APPLICATION (self), self->context)
                       : sb_window_new (GTK_APPLICATION (self), self->context);
      gtk_widget_realize (GTK_WIDGET (window));

      /* The user's routines and history are read once the window has
       * painted: their readers would compete with the first frame. */
      g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                               G_CALLBACK (start_loading), self, G_CONNECT_SWAPPED);
    }

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
sb_application_activate (GApplication *app)
{
  SbApplication *self = SB_APPLICATION (app);

  present_window (self, FALSE);

  if (self->pending_action != NULL)
    {
      const char *action = self->pending_action;

      self->pending_action = NULL;
      g_action_group_activate_action (G_ACTION_GROUP (self), action, NULL);
    }
}

/* --start-workout and --history (the desktop file's actions) become app
 * actions, run by the instance already running if there is one. */
static int
sb_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  SbApplication *self = SB_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  const char *action = NULL;

  if (g_variant_dict_contains (options, "start-workout"))
    action = "start-workout";
  else if (g_variant_dict_contains (options, "history"))
    action = "show-history";
  else
    return -1;

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (g_application_get_is_remote (app))
    {
      g_application_activate (app);
      g_action_group_activate_action (G_ACTION_GROUP (app), action, NULL);
      return 0;
    }

  self->pending_action = action;
  return -1;
}

static void
sb_application_start_workout_action (GSimpleAction *action,
                                     GVariant      *parameter,
                                     gpointer       user_data)
{
  SbApplication *self = user_data;
  g_autofree char *routine = g_settings_get_string (self->settings, "last-routine");

  /* a routine since deleted falls back to the method's own */
  if (sb_catalog_lookup_routine (sb_context_get_catalog (self->context), routine) == NULL)
    {
      g_free (routine);
      routine = g_strdup ("gym-corrective");
    }

  gtk_widget_activate_action (GTK_WIDGET (present_window (self, FALSE)), "win.start-workout", "s", routine);
}

/* A notification's Start: that routine's workout. */
static void
sb_application_start_routine_action (GSimpleAction *action,
                                     GVariant      *parameter,
                                     gpointer       user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (present_window (user_data, FALSE)), "win.start-workout", "s",
                              g_variant_get_string (parameter, NULL));
}

/* A desk break's Start: its workout in a small window, unless one is
 * open already. */
static void
sb_application_start_snack_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (present_window (user_data, TRUE)), "win.start-workout", "s",
                              g_variant_get_string (parameter, NULL));
}

static void
sb_application_show_routine_action (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (present_window (user_data, FALSE)), "win.show-routine", "s",
                              g_variant_get_string (parameter, NULL));
}

static void
sb_application_show_history_action (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (present_window (user_data, FALSE)), "win.show-history", NULL);
}

static void
sb_application_snooze_snack_action (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  SbApplication *self = user_data;

  sb_reminders_snooze_snack (self->reminders);
}

static void
sb_application_skip_snacks_today_action (GSimpleAction *action,
                                         GVariant      *parameter,
                                         gpointer       user_data)
{
  SbApplication *self = user_data;

  sb_reminders_skip_snacks_today (self->reminders);
}

static void
sb_application_remind_later_action (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  SbApplication *self = user_data;

  sb_reminders_remind_later (self->reminders);
}

/* The check-in answered from its notification or its window: (session
 * id, pain from 0 to 10). */
static void
sb_application_record_morning_pain_action (GSimpleAction *action,
                                           GVariant      *parameter,
                                           gpointer       user_data)
{
  SbApplication *self = user_data;
  const char *id;
  int pain;

  g_variant_get (parameter, "(&si)", &id, &pain);
  if (pain < 0 || pain > 10)
    {
      g_warning ("A pain of %d is not from 0 to 10", pain);
      return;
    }
  sb_reminders_record_morning_pain (self->reminders, id, pain);
}

/* The check-in's "Rate It…": the 0 to 10 scale, in a small window. */
static void
sb_application_open_morning_check_action (GSimpleAction *action,
                                          GVariant      *parameter,
                                          gpointer       user_data)
{
  SbApplication *self = user_data;
  GtkWidget *check = sb_morning_check_new (self->context, g_variant_get_string (parameter, NULL));

  gtk_window_set_application (GTK_WINDOW (check), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (check));
}

/* With a reminder on, Strongback stays when its last window closes. */
static void
on_reminders_active (SbApplication *self)
{
  gboolean active = sb_reminders_get_active (self->reminders);

  if (active == self->held)
    return;

  self->held = active;
  if (active)
    g_application_hold (G_APPLICATION (self));
  else
    g_application_release (G_APPLICATION (self));
}

static void
start_reminders (SbApplication *self)
{
  GDBusConnection *connection = g_application_get_dbus_connection (G_APPLICATION (self));
  g_autoptr(SbIdleMonitor) idle_monitor = NULL;
  g_autoptr(SbClock) clock = sb_clock_new ();

  if (connection != NULL)
    idle_monitor = sb_idle_monitor_new (connection, SB_REMINDERS_BREAK_SECONDS);

  self->reminders = sb_reminders_new (G_APPLICATION (self), self->context, clock, idle_monitor);
  sb_context_set_reminders (self->context, self->reminders);

  /* a locked screen is a break; GTK follows it for a registered session */
  g_object_bind_property (self, "screensaver-active", self->reminders, "screen-locked", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->reminders, "notify::active", G_CALLBACK (on_reminders_active), self,
                           G_CONNECT_SWAPPED);
  on_reminders_active (self);
}

static void
sb_application_startup (GApplication *app)
{
  SbApplication *self = SB_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  G_APPLICATION_CLASS (sb_application_parent_class)->startup (app);

  self->settings = g_settings_new (APP_ID);

  /* The built-in content is compiled in and tested: failing to read it
   * means a broken build, not bad input. */
  self->context = sb_context_new_default (self->settings, &error);
  if (self->context == NULL)
    g_error ("The built-in exercises cannot be read: %s", error->message);

  {
    g_autoptr(GAction) sound_cues = g_settings_create_action (self->settings, "sound-cues");
    g_action_map_add_action (G_ACTION_MAP (self), sound_cues);
  }

  if (g_application_get_flags (app) & G_APPLICATION_IS_SERVICE)
    g_application_set_inactivity_timeout (app, SERVICE_LINGER_MS);

  start_reminders (self);
}

static void
sb_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  SbApplication *self = user_data;
  GList *windows;

  /* Close windows first so that each saves its state on the way out. */
  windows = gtk_application_get_windows (GTK_APPLICATION (self));
  while (windows != NULL)
    {
      gtk_window_destroy (windows->data);
      windows = gtk_application_get_windows (GTK_APPLICATION (self));
    }

  g_application_quit (G_APPLICATION (self));
}

static void
sb_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  SbApplication *self = user_data;
  static const char *developers[] = { "The Strongback developers", NULL };
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_show_about_window (window,
                         "application-name", _("Strongback"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Strongback developers"),
                         "version", PACKAGE_VERSION,
                         "website", PACKAGE_WEBSITE,
                         "issue-url", PACKAGE_BUGREPORT,
                         "developers", developers,
                         "copyright", "© 2026 The Strongback developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: replace with your names, one per line */
                         "translator-credits", _("translator-credits"),
                         "comments", _("Strongback helps you ease lower-back pain by "
                                       "strengthening the muscles that sitting switches "
                                       "off: glutes, hamstrings and lower back. "
                                       "It is not medical advice."),
                         NULL);
}

static void
sb_application_preferences_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  SbApplication *self = user_data;
  GtkWidget *preferences = sb_preferences_window_new (self->context, GTK_WINDOW (present_window (self, FALSE)));

  gtk_window_present (GTK_WINDOW (preferences));
}

static void
sb_application_shortcuts_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  SbApplication *self = user_data;
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *shortcuts;

  builder = gtk_builder_new_from_resource ("/io/github/strongback/Strongback/ui/sb-shortcuts-window.ui");
  shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
  gtk_window_set_transient_for (shortcuts,
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (shortcuts);
}

static const GActionEntry app_actions[] = {
  { "quit", sb_application_quit_action },
  { "about", sb_application_about_action },
  { "shortcuts", sb_application_shortcuts_action },
  { "preferences", sb_application_preferences_action },
  { "start-workout", sb_application_start_workout_action },
  { "show-history", sb_application_show_history_action },
  { "start-routine", sb_application_start_routine_action, "s" },
  { "show-routine", sb_application_show_routine_action, "s" },
  { "start-snack", sb_application_start_snack_action, "s" },
  { "snooze-snack", sb_application_snooze_snack_action },
  { "skip-snacks-today", sb_application_skip_snacks_today_action },
  { "remind-later", sb_application_remind_later_action },
  { "record-morning-pain", sb_application_record_morning_pain_action, "(si)" },
  { "open-morning-check", sb_application_open_morning_check_action, "s" },
};

static const GOptionEntry options[] = {
  { "start-workout", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Start today’s routine"), NULL },
  { "history", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open the history"), NULL },
  { NULL }
};

static void
sb_application_dispose (GObject *object)
{
  SbApplication *self = SB_APPLICATION (object);

  g_clear_object (&self->reminders);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sb_application_parent_class)->dispose (object);
}

static void
sb_application_class_init (SbApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sb_application_dispose;

  app_class->activate = sb_application_activate;
  app_class->handle_local_options = sb_application_handle_local_options;
  app_class->startup = sb_application_startup;
}

static void
sb_application_init (SbApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);
  g_application_add_main_option_entries (G_APPLICATION (self), options);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                         "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                         "app.shortcuts",
                                         (const char *[]) { "<Control>question", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                         "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                         "window.close",
                                         (const char *[]) { "<Control>w", NULL });
}
