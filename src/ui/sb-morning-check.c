/* sb-morning-check.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The next-morning check-in's page, opened from its notification: how the
 * lower back is on the 0 to 10 scale, saved with the workout of the day
 * before through app.record-morning-pain, as the notification's buttons
 * are. It can open before History has been read: it says which workout
 * once it knows. */

#define G_LOG_DOMAIN "sb-morning-check"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-morning-check.h"

struct _SbMorningCheck
{
  AdwWindow       parent_instance;

  SbContext      *context;
  char           *session_id;

  GtkLabel       *question;
  GtkLabel       *context_label;
  GtkRange       *scale;
};

G_DEFINE_FINAL_TYPE (SbMorningCheck, sb_morning_check, ADW_TYPE_WINDOW)

static void
update (SbMorningCheck *self)
{
  SbSession *session = sb_history_store_lookup (sb_context_get_history (self->context), self->session_id);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = NULL;
  g_autofree char *text = NULL;

  gtk_label_set_label (self->question, g_date_time_get_hour (now) < 12 ? _("How is your lower back this morning?")
                                                                       : _("How is your lower back today?"));
  if (session == NULL)
    {
      gtk_label_set_label (self->context_label, _("0 is no pain, 10 the worst you can imagine."));
      return;
    }

  /* Translators: a day, as in “after your Corrective routine of Monday”; see strftime(3) */
  day = g_date_time_format (sb_session_get_start_time (session), _("%A"));
  if (sb_session_get_pain_after (session) >= 0)
    /* Translators: a routine's name, a day, and the pain after it from 0 to 10 */
    text = g_strdup_printf (_("After your %s of %s it was %d. 0 is no pain, 10 the worst you can imagine."),
                            sb_session_get_routine_name (session), day, sb_session_get_pain_after (session));
  else
    /* Translators: a routine's name and a day */
    text = g_strdup_printf (_("The day after your %s of %s. 0 is no pain, 10 the worst you can imagine."),
                            sb_session_get_routine_name (session), day);
  gtk_label_set_label (self->context_label, text);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SbMorningCheck *self = SB_MORNING_CHECK (widget);

  gtk_widget_activate_action (widget, "app.record-morning-pain", "(si)", self->session_id,
                              (int) gtk_range_get_value (self->scale));
  gtk_window_close (GTK_WINDOW (self));
}

/**
 * sb_morning_check_new:
 * @session_id: the workout of the day before
 */
GtkWidget *
sb_morning_check_new (SbContext  *context,
                      const char *session_id)
{
  SbMorningCheck *self;
  SbHistoryStore *history;

  g_return_val_if_fail (SB_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  self = g_object_new (SB_TYPE_MORNING_CHECK, NULL);
  self->context = g_object_ref (context);
  self->session_id = g_strdup (session_id);
  history = sb_context_get_history (context);
  g_signal_connect_object (history, "items-changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  sb_context_load (context);
  update (self);

  return GTK_WIDGET (self);
}

const char *
sb_morning_check_get_session_id (SbMorningCheck *self)
{
  g_return_val_if_fail (SB_IS_MORNING_CHECK (self), NULL);
  return self->session_id;
}

static void
sb_morning_check_dispose (GObject *object)
{
  SbMorningCheck *self = SB_MORNING_CHECK (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SB_TYPE_MORNING_CHECK);
  g_clear_object (&self->context);
  g_clear_pointer (&self->session_id, g_free);

  G_OBJECT_CLASS (sb_morning_check_parent_class)->dispose (object);
}

static void
sb_morning_check_class_init (SbMorningCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_morning_check_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/strongback/Strongback/ui/sb-morning-check.ui");
  gtk_widget_class_bind_template_child (widget_class, SbMorningCheck, question);
  gtk_widget_class_bind_template_child (widget_class, SbMorningCheck, context_label);
  gtk_widget_class_bind_template_child (widget_class, SbMorningCheck, scale);
  gtk_widget_class_install_action (widget_class, "check.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sb_morning_check_init (SbMorningCheck *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_scale_add_mark (GTK_SCALE (self->scale), 0, GTK_POS_BOTTOM, _("No pain"));
  gtk_scale_add_mark (GTK_SCALE (self->scale), 5, GTK_POS_BOTTOM, NULL);
  gtk_scale_add_mark (GTK_SCALE (self->scale), 10, GTK_POS_BOTTOM, _("Worst"));
}
