/* sb-demo-view.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An exercise's demonstration: the clip, large, with the controls a person
 * following it needs: play and pause (Space), a frame back and forward
 * (comma and period), slow motion, loop, and a mirrored view for following
 * along facing the screen. It pauses while it is not on screen, and shows
 * a clear message instead of a picture when the clip cannot be played.
 */

#define G_LOG_DOMAIN "sb-demo-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sb-demo-view.h"

struct _SbDemoView
{
  GtkWidget     parent_instance;

  SbDemoPlayer *player;
  gboolean      mirrored;
  gboolean      resume_on_map;

  GtkWidget    *video;
  GtkWidget    *picture;
  GtkWidget    *controls;
  GtkWidget    *error_page;
  GtkWidget    *play_button;
  GtkWidget    *speed;
};

G_DEFINE_FINAL_TYPE (SbDemoView, sb_demo_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLAYER,
  PROP_MIRRORED,
  PROP_LOOP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const double speeds[] = { 0.25, 0.5, 1.0 };

GtkWidget *
sb_demo_view_new (void)
{
  return g_object_new (SB_TYPE_DEMO_VIEW, NULL);
}

/**
 * sb_demo_view_get_player:
 *
 * Returns: (transfer none): the player behind the view
 */
SbDemoPlayer *
sb_demo_view_get_player (SbDemoView *self)
{
  g_return_val_if_fail (SB_IS_DEMO_VIEW (self), NULL);
  return self->player;
}

void
sb_demo_view_set_uri (SbDemoView *self,
                      const char *uri)
{
  g_return_if_fail (SB_IS_DEMO_VIEW (self));

  sb_demo_player_set_uri (self->player, uri);
}

gboolean
sb_demo_view_get_mirrored (SbDemoView *self)
{
  g_return_val_if_fail (SB_IS_DEMO_VIEW (self), FALSE);
  return self->mirrored;
}

void
sb_demo_view_set_mirrored (SbDemoView *self,
                           gboolean    mirrored)
{
  g_return_if_fail (SB_IS_DEMO_VIEW (self));

  mirrored = !!mirrored;
  if (self->mirrored == mirrored)
    return;

  self->mirrored = mirrored;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIRRORED]);
}

static void
update_play_button (SbDemoView *self)
{
  gboolean playing = sb_demo_player_get_playing (self->player);

  gtk_button_set_icon_name (GTK_BUTTON (self->play_button),
                            playing ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (self->play_button, playing ? _("Pause (Space)") : _("Play (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->play_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, playing ? _("Pause") : _("Play"),
                                  -1);
}

static void
update_error (SbDemoView *self)
{
  const GError *error = sb_demo_player_get_error (self->player);

  gtk_widget_set_visible (self->error_page, error != NULL);
  gtk_widget_set_visible (self->picture, error == NULL);
  gtk_widget_set_sensitive (self->controls, error == NULL);
  if (error != NULL)
    adw_status_page_set_description (ADW_STATUS_PAGE (self->error_page), error->message);
}

static void
on_player_loop (SbDemoView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOOP]);
}

static void
on_speed_selected (SbDemoView *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->speed));

  if (selected < G_N_ELEMENTS (speeds))
    sb_demo_player_set_rate (self->player, speeds[selected]);
}

static void
play_pause_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SbDemoView *self = SB_DEMO_VIEW (widget);

  sb_demo_player_set_playing (self->player, !sb_demo_player_get_playing (self->player));
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SbDemoView *self = SB_DEMO_VIEW (widget);

  sb_demo_player_step (self->player, g_str_equal (action_name, "demo.step-back") ? -1 : 1);
}

/* Pause while off screen, and carry on where it was when back. */
static void
sb_demo_view_map (GtkWidget *widget)
{
  SbDemoView *self = SB_DEMO_VIEW (widget);

  GTK_WIDGET_CLASS (sb_demo_view_parent_class)->map (widget);

  if (self->resume_on_map)
    sb_demo_player_play (self->player);
  self->resume_on_map = FALSE;
}

static void
sb_demo_view_unmap (GtkWidget *widget)
{
  SbDemoView *self = SB_DEMO_VIEW (widget);

  self->resume_on_map = sb_demo_player_get_playing (self->player);
  sb_demo_player_pause (self->player);

  GTK_WIDGET_CLASS (sb_demo_view_parent_class)->unmap (widget);
}

static GtkSizeRequestMode
sb_demo_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sb_demo_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  SbDemoView *self = SB_DEMO_VIEW (widget);
  int video_min, video_nat, controls_min, controls_nat;

  gtk_widget_measure (self->video, orientation, -1, &video_min, &video_nat, NULL, NULL);
  gtk_widget_measure (self->controls, orientation, -1, &controls_min, &controls_nat, NULL, NULL);

  /* As tall as the clip is at this width: large, and never letterboxed.
   * It is the minimum too, since scrolled views hand out minimum heights. */
  if (orientation == GTK_ORIENTATION_VERTICAL && for_size > 0)
    {
      double aspect = gdk_paintable_get_intrinsic_aspect_ratio (GDK_PAINTABLE (self->player));

      video_min = video_nat = MAX (video_min, (int) (for_size / (aspect > 0 ? aspect : 16.0 / 9.0)));
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (video_min, controls_min);
      *natural = MAX (video_nat, controls_nat);
    }
  else
    {
      *minimum = video_min + controls_min;
      *natural = video_nat + controls_nat;
    }
}

/* The video on top, the controls underneath; a mirrored video is the same
 * allocation, flipped. */
static void
sb_demo_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  SbDemoView *self = SB_DEMO_VIEW (widget);
  GskTransform *transform = NULL;
  int controls_height, video_height;

  gtk_widget_measure (self->controls, GTK_ORIENTATION_VERTICAL, width, NULL, &controls_height, NULL, NULL);
  video_height = MAX (height - controls_height, 0);

  if (self->mirrored)
    {
      transform = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (width, 0));
      transform = gsk_transform_scale (transform, -1, 1);
    }
  gtk_widget_allocate (self->video, width, video_height, -1, transform);

  transform = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, video_height));
  gtk_widget_allocate (self->controls, width, controls_height, -1, transform);
}

static void
sb_demo_view_dispose (GObject *object)
{
  SbDemoView *self = SB_DEMO_VIEW (object);

  if (self->player != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->player, self);
      sb_demo_player_set_uri (self->player, NULL);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), SB_TYPE_DEMO_VIEW);
  g_clear_object (&self->player);

  G_OBJECT_CLASS (sb_demo_view_parent_class)->dispose (object);
}

static void
sb_demo_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SbDemoView *self = SB_DEMO_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAYER:
      g_value_set_object (value, self->player);
      break;
    case PROP_MIRRORED:
      g_value_set_boolean (value, self->mirrored);
      break;
    case PROP_LOOP:
      g_value_set_boolean (value, sb_demo_player_get_loop (self->player));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_demo_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SbDemoView *self = SB_DEMO_VIEW (object);

  switch (prop_id)
    {
    case PROP_MIRRORED:
      sb_demo_view_set_mirrored (self, g_value_get_boolean (value));
      break;
    case PROP_LOOP:
      sb_demo_player_set_loop (self->player, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_demo_view_class_init (SbDemoViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_demo_view_dispose;
  object_class->get_property = sb_demo_view_get_property;
  object_class->set_property = sb_demo_view_set_property;

  widget_class->map = sb_demo_view_map;
  widget_class->unmap = sb_demo_view_unmap;
  widget_class->get_request_mode = sb_demo_view_get_request_mode;
  widget_class->measure = sb_demo_view_measure;
  widget_class->size_allocate = sb_demo_view_size_allocate;

  properties[PROP_PLAYER] =
    g_param_spec_object ("player", NULL, NULL, SB_TYPE_DEMO_PLAYER,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MIRRORED] =
    g_param_spec_boolean ("mirrored", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOOP] =
    g_param_spec_boolean ("loop", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/strongback/Strongback/ui/sb-demo-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SbDemoView, video);
  gtk_widget_class_bind_template_child (widget_class, SbDemoView, picture);
  gtk_widget_class_bind_template_child (widget_class, SbDemoView, controls);
  gtk_widget_class_bind_template_child (widget_class, SbDemoView, error_page);
  gtk_widget_class_bind_template_child (widget_class, SbDemoView, play_button);
  gtk_widget_class_bind_template_child (widget_class, SbDemoView, speed);

  gtk_widget_class_install_action (widget_class, "demo.play-pause", NULL, play_pause_action);
  gtk_widget_class_install_action (widget_class, "demo.step-back", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "demo.step-forward", NULL, step_action);
  gtk_widget_class_install_property_action (widget_class, "demo.loop", "loop");
  gtk_widget_class_install_property_action (widget_class, "demo.mirrored", "mirrored");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "demo.play-pause", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, 0, "demo.step-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_period, 0, "demo.step-forward", NULL);

  gtk_widget_class_set_css_name (widget_class, "demo-view");
}

static void
sb_demo_view_init (SbDemoView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->player = sb_demo_player_new ();
  gtk_picture_set_paintable (GTK_PICTURE (self->picture), GDK_PAINTABLE (self->player));

  /* slow enough to follow by default */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->speed), 1);
  sb_demo_player_set_rate (self->player, speeds[1]);

  g_signal_connect_swapped (self->speed, "notify::selected", G_CALLBACK (on_speed_selected), self);
  g_signal_connect_swapped (self->player, "notify::playing", G_CALLBACK (update_play_button), self);
  g_signal_connect_swapped (self->player, "notify::error", G_CALLBACK (update_error), self);
  g_signal_connect_swapped (self->player, "notify::loop", G_CALLBACK (on_player_loop), self);

  update_play_button (self);
}
