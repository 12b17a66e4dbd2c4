/* render.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Renders Strongback's demonstration clips: an articulated figure moving
 * through each exercise's key poses, with the equipment drawn to scale, the
 * target muscle glowing as it contracts, and the tempo shown underneath
 * with language-free symbols (↑ lift · ● squeeze · ↓ lower). Each clip
 * loops seamlessly: its last frame leads into the first.
 *
 *   sb-demo-renderer OUTPUT-DIR [EXERCISE-ID…]     render clips (all by default)
 *   sb-demo-renderer --frames DIR EXERCISE-ID      write 8 stills as PNG, to check poses
 *   sb-demo-renderer --poses DIR                   write each exercise's key poses, small
 *                                                  and grey, for the printed routine card
 *
 * Frames are drawn with cairo and pushed through
 * appsrc ! videoconvert ! vp8enc ! webmmux ! filesink.
 */

#define G_LOG_DOMAIN "render"

#include <gst/app/gstappsrc.h>
#include <gst/gst.h>
#include <math.h>
#include <string.h>

#include "figure.h"

#define WIDTH 1280
#define HEIGHT 720
#define FPS 30
#define SCALE 300.0            /* pixels per metre */
#define FLOOR_Y 560.0          /* where y = 0 is drawn */

typedef enum
{
  GLUTES = 1 << 0,
  HAMSTRINGS = 1 << 1,
  LOWER_BACK = 1 << 2,
  GLUTE_MED = 1 << 3,
} Muscle;

typedef struct
{
  const char *symbol;     /* ↑ lift, ● squeeze or hold, ↓ lower, · rest */
  double      seconds;
  int         to;         /* the key pose reached at the end */
  double      activation; /* how hard the muscle works at the end, 0-1 */
} Phase;

typedef struct Scene Scene;

struct Scene
{
  const char *id;
  gboolean    front;          /* seen from the front */
  int         facing;         /* +1: the front of the body is on the torso's right hand */
  Pose        poses[4];
  Phase       phases[8];
  int         n_phases;
  guint       muscles;
  double      view_x;         /* world x at the middle of the frame */
  double      zoom;           /* pixels per metre; 0: SCALE */
  double      floor_y;        /* where the floor is drawn; 0: FLOOR_Y */
  double      slope;          /* ground incline, degrees */
  double      walk;           /* > 0: a walking gait of this stride period, seconds */
  double      walk_seconds;
  void      (*behind)  (cairo_t *cr, const Scene *scene, const Joints *j, double t);
  void      (*infront) (cairo_t *cr, const Scene *scene, const Joints *j, double t);
};

/* Colours: calm, readable on light and dark surroundings alike. */
#define C_BACKGROUND_TOP 0.93, 0.945, 0.96
#define C_BACKGROUND_BOTTOM 0.86, 0.885, 0.91
#define C_FLOOR 0.78, 0.80, 0.83
#define C_FLOOR_LINE 0.62, 0.66, 0.70
#define C_BODY_NEAR 0.27, 0.41, 0.55
#define C_BODY_FAR 0.19, 0.29, 0.40
#define C_METAL 0.55, 0.59, 0.63
#define C_METAL_DARK 0.40, 0.44, 0.48
#define C_PAD 0.22, 0.24, 0.27
#define C_GLOW 1.0, 0.55, 0.18
#define C_INK 0.20, 0.23, 0.27

/* Drawing helpers ------------------------------------------------------- */

static void
segment (cairo_t *cr, Point a, Point b, double width)
{
  cairo_set_line_width (cr, width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to (cr, a.x, a.y);
  cairo_line_to (cr, b.x, b.y);
  cairo_stroke (cr);
}

static void
box (cairo_t *cr, double x, double y, double w, double h, double r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 1.5 * G_PI);
  cairo_arc (cr, x + w - r, y + r, r, 1.5 * G_PI, 2 * G_PI);
  cairo_close_path (cr);
  cairo_fill (cr);
}

/* A rectangle along a direction: for inclined decks and benches. */
static void
slab (cairo_t *cr, Point from, double angle, double length, double thickness)
{
  cairo_save (cr);
  cairo_translate (cr, from.x, from.y);
  cairo_rotate (cr, angle * G_PI / 180);
  box (cr, 0, -thickness, length, thickness, MIN (thickness / 2, 0.03));
  cairo_restore (cr);
}

static void
draw_leg (cairo_t *cr, const Joints *j, int i, gboolean front)
{
  segment (cr, j->hip[i], j->knee[i], front ? 0.15 : 0.14);
  segment (cr, j->knee[i], j->ankle[i], 0.105);

  /* seen from the front, a foot points at the viewer: a short stub */
  if (front)
    segment (cr, j->ankle[i], (Point) { j->ankle[i].x + (i == 0 ? -0.04 : 0.04), j->ankle[i].y - 0.02 }, 0.09);
  else
    segment (cr, j->ankle[i], j->toe[i], 0.075);
}

static void
draw_arm (cairo_t *cr, const Joints *j, int i)
{
  segment (cr, j->shoulder[i], j->elbow[i], 0.085);
  segment (cr, j->elbow[i], j->wrist[i], 0.075);
  cairo_arc (cr, j->wrist[i].x, j->wrist[i].y, 0.045, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
draw_figure (cairo_t *cr, const Scene *scene, const Joints *j)
{
  Point shoulders = { (j->shoulder[0].x + j->shoulder[1].x) / 2, (j->shoulder[0].y + j->shoulder[1].y) / 2 };

  /* far side first, a shade darker, so the body reads in depth */
  if (scene->front)
    cairo_set_source_rgb (cr, C_BODY_NEAR);
  else
    cairo_set_source_rgb (cr, C_BODY_FAR);
  draw_leg (cr, j, 0, scene->front);
  draw_arm (cr, j, 0);

  cairo_set_source_rgb (cr, C_BODY_NEAR);
  if (scene->front)
    {
      /* torso: shoulders to hips as one broad shape */
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_width (cr, 0.13);
      cairo_move_to (cr, j->shoulder[0].x, j->shoulder[0].y);
      cairo_line_to (cr, j->shoulder[1].x, j->shoulder[1].y);
      cairo_line_to (cr, j->hip[1].x, j->hip[1].y);
      cairo_line_to (cr, j->hip[0].x, j->hip[0].y);
      cairo_close_path (cr);
      cairo_fill_preserve (cr);
      cairo_stroke (cr);
    }
  else
    segment (cr, j->pelvis, shoulders, 0.25);

  segment (cr, shoulders, j->neck, 0.09);
  cairo_arc (cr, j->head.x, j->head.y, HEAD_RADIUS, 0, 2 * G_PI);
  cairo_fill (cr);

  draw_leg (cr, j, 1, scene->front);
  draw_arm (cr, j, 1);
}

/* A soft warm glow over a working muscle; brighter as it contracts. */
static void
glow (cairo_t *cr, Point at, double rx, double ry, double angle, double activation)
{
  cairo_pattern_t *pattern;

  cairo_save (cr);
  cairo_translate (cr, at.x, at.y);
  cairo_rotate (cr, angle * G_PI / 180);
  cairo_scale (cr, rx, ry);
  pattern = cairo_pattern_create_radial (0, 0, 0, 0, 0, 1);
  cairo_pattern_add_color_stop_rgba (pattern, 0, C_GLOW, 0.35 + 0.6 * activation);
  cairo_pattern_add_color_stop_rgba (pattern, 0.55, C_GLOW, 0.25 + 0.45 * activation);
  cairo_pattern_add_color_stop_rgba (pattern, 1, C_GLOW, 0);
  cairo_set_source (cr, pattern);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_pattern_destroy (pattern);
  cairo_restore (cr);
}

static Point
mid (Point a, Point b, double t)
{
  return (Point) { a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t };
}

static void
draw_muscles (cairo_t *cr, const Scene *scene, const Pose *pose, const Joints *j, double activation)
{
  int n = 1;   /* the near side */
  double back = pose->torso + 90 * scene->facing;
  double thigh = angle_to (j->hip[n], j->knee[n]);
  double thigh_back = thigh - 90 * scene->facing;

  if (scene->front)
    {
      for (int i = 0; i < 2; i++)
        if (scene->muscles & (GLUTE_MED | GLUTES))
          {
            double out = pose->torso - 90 + (i == 0 ? 180 : 0);
            glow (cr, point_at (point_at (j->hip[i], out, 0.06), pose->torso, 0.07),
                  0.09, 0.06, pose->torso, activation);
          }
      return;
    }

  if (scene->muscles & LOWER_BACK)
    glow (cr, point_at (point_at (j->pelvis, pose->torso, TORSO * 0.3), back, 0.08),
          0.16, 0.07, pose->torso, activation);
  if (scene->muscles & GLUTES)
    glow (cr, point_at (point_at (j->hip[n], thigh, 0.06), back, 0.08),
          0.1, 0.085, thigh, activation);
  if (scene->muscles & HAMSTRINGS)
    glow (cr, point_at (mid (j->hip[n], j->knee[n], 0.55), thigh_back, 0.045),
          0.17, 0.05, thigh, activation);
  if (scene->muscles & GLUTE_MED)
    glow (cr, point_at (j->hip[n], pose->torso - 90 * scene->facing, 0.08),
          0.1, 0.07, pose->torso, activation);
}

/* The tempo underneath: one block a phase, the current one filling up. */
static void
draw_tempo (cairo_t *cr, const Scene *scene, double t)
{
  double total = 0, x, start = 0, bar_width = 760, left = (WIDTH - bar_width) / 2, y = HEIGHT - 70;

  for (int i = 0; i < scene->n_phases; i++)
    total += scene->phases[i].seconds;

  x = left;
  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size (cr, 26);
  for (int i = 0; i < scene->n_phases; i++)
    {
      const Phase *phase = &scene->phases[i];
      double w = bar_width * phase->seconds / total - 8;
      double fill = CLAMP ((t - start) / phase->seconds, 0, 1);
      gboolean current = t >= start && t < start + phase->seconds;
      char label[32];
      cairo_text_extents_t extents;

      cairo_set_source_rgba (cr, C_INK, 0.12);
      box (cr, x, y, w, 14, 7);
      if (fill > 0)
        {
          if (current)
            cairo_set_source_rgb (cr, C_GLOW);
          else
            cairo_set_source_rgba (cr, C_INK, 0.35);
          box (cr, x, y, MAX (w * fill, 14), 14, 7);
        }

      if (strcmp (phase->symbol, "·") != 0)
        {
          g_snprintf (label, sizeof label, "%s %g s", phase->symbol, phase->seconds);
          cairo_text_extents (cr, label, &extents);
          cairo_set_source_rgba (cr, C_INK, current ? 1.0 : 0.45);
          cairo_move_to (cr, x + (w - extents.width) / 2 - extents.x_bearing, y - 16);
          cairo_show_text (cr, label);
        }

      x += w + 8;
      start += phase->seconds;
    }
}

static void
draw_ground (cairo_t *cr, const Scene *scene, double t)
{
  cairo_pattern_t *sky = cairo_pattern_create_linear (0, 0, 0, HEIGHT);

  cairo_pattern_add_color_stop_rgb (sky, 0, C_BACKGROUND_TOP);
  cairo_pattern_add_color_stop_rgb (sky, 1, C_BACKGROUND_BOTTOM);
  cairo_set_source (cr, sky);
  cairo_paint (cr);
  cairo_pattern_destroy (sky);

  /* the floor, level or sloping, in world units */
  cairo_save (cr);
  cairo_rotate (cr, scene->slope * G_PI / 180);
  cairo_set_source_rgb (cr, C_FLOOR);
  cairo_rectangle (cr, -10, -4, 20, 4);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, C_FLOOR_LINE);
  cairo_set_line_width (cr, 0.012);
  cairo_move_to (cr, -10, 0);
  cairo_line_to (cr, 10, 0);
  cairo_stroke (cr);

  /* on a hill the ground passes by, so walking is seen as walking */
  if (scene->walk > 0 && scene->slope > 0)
    {
      double speed = 0.6 / (0.6 * scene->walk);
      double shift = fmod (t * speed, 0.5);

      cairo_set_source_rgb (cr, C_FLOOR_LINE);
      for (double x = -6 - shift; x < 6; x += 0.5)
        segment (cr, (Point) { x, -0.05 }, (Point) { x + 0.08, -0.05 }, 0.02);
    }
  cairo_restore (cr);
}

/* Equipment ---------------------------------------------------------------- */

#define INCLINE_PERCENT 7.5

static void
treadmill (cairo_t *cr, const Scene *scene, const Joints *j, double t)
{
  double angle = atan (INCLINE_PERCENT / 100) * 180 / G_PI;
  double speed = 0.6 / (0.6 * scene->walk);   /* the stance foot's speed */
  Point rear = { -0.95, 0.05 };
  Point front = point_at (rear, angle, 1.9);
  Point post_top = { front.x + 0.05, front.y + 1.1 };

  /* frame, deck and belt */
  cairo_set_source_rgb (cr, C_METAL_DARK);
  segment (cr, (Point) { rear.x + 0.1, 0.0 }, (Point) { rear.x + 0.1, rear.y }, 0.05);
  segment (cr, (Point) { front.x - 0.1, 0.0 }, (Point) { front.x - 0.1, front.y }, 0.05);
  cairo_set_source_rgb (cr, C_PAD);
  slab (cr, point_at (rear, angle, 0), angle, 1.9, 0.07);

  /* belt marks, moving backwards with the stance foot */
  cairo_set_source_rgba (cr, 1, 1, 1, 0.25);
  for (double s = fmod (-t * speed, 0.3) + 0.3; s < 1.85; s += 0.3)
    {
      Point p = point_at (rear, angle, s);
      segment (cr, point_at (p, angle + 90, -0.035), point_at (p, angle + 90, -0.035), 0.03);
    }

  /* console post and handrail */
  cairo_set_source_rgb (cr, C_METAL);
  segment (cr, point_at (front, angle, -0.1), post_top, 0.05);
  segment (cr, post_top, (Point) { post_top.x - 0.45, post_top.y - 0.05 }, 0.04);
  cairo_set_source_rgb (cr, C_PAD);
  slab (cr, (Point) { post_top.x - 0.12, post_top.y - 0.02 }, 20, 0.3, 0.16);

  /* the incline, in numbers any language reads */
  cairo_save (cr);
  cairo_translate (cr, post_top.x - 0.09, post_top.y + 0.17);
  cairo_scale (cr, 1 / (scene->zoom > 0 ? scene->zoom : SCALE), -1 / (scene->zoom > 0 ? scene->zoom : SCALE));
  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size (cr, 30);
  cairo_set_source_rgb (cr, C_GLOW);
  cairo_show_text (cr, "7.5 %");
  cairo_restore (cr);
}

static void
bench (cairo_t *cr, double x0, double x1, double top)
{
  cairo_set_source_rgb (cr, C_METAL_DARK);
  segment (cr, (Point) { x0 + 0.08, 0 }, (Point) { x0 + 0.08, top }, 0.05);
  segment (cr, (Point) { x1 - 0.08, 0 }, (Point) { x1 - 0.08, top }, 0.05);
  cairo_set_source_rgb (cr, C_PAD);
  box (cr, x0, top - 0.09, x1 - x0, 0.09, 0.03);
}

static void
leg_curl_machine (cairo_t *cr, const Scene *scene, const Joints *j, double t)
{
  bench (cr, -1.25, 0.22, 0.56);
  /* lever arm from the knee axis to the roller pad behind the ankles */
  cairo_set_source_rgb (cr, C_METAL);
  segment (cr, (Point) { 0.25, 0.0 }, (Point) { 0.25, 0.5 }, 0.06);
}

static void
leg_curl_pad (cairo_t *cr, const Scene *scene, const Joints *j, double t)
{
  double shin = angle_to (j->knee[1], j->ankle[1]);
  Point axis = { 0.25, 0.5 };
  Point pad = point_at (j->ankle[1], shin + 90, 0.1);

  cairo_set_source_rgb (cr, C_METAL);
  segment (cr, axis, point_at (pad, shin, -0.02), 0.04);
  cairo_set_source_rgb (cr, C_PAD);
  cairo_arc (cr, pad.x, pad.y, 0.065, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_arc (cr, axis.x, axis.y, 0.04, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, C_METAL_DARK);
  cairo_fill (cr);
}

static void
abduction_machine (cairo_t *cr, const Scene *scene, const Joints *j, double t)
{
  cairo_set_source_rgb (cr, C_METAL_DARK);
  box (cr, -0.34, 0.0, 0.06, 0.55, 0.02);
  box (cr, 0.28, 0.0, 0.06, 0.55, 0.02);
  cairo_set_source_rgb (cr, C_PAD);
  box (cr, -0.3, 0.65, 0.6, 0.62, 0.06);     /* backrest */
  box (cr, -0.34, 0.47, 0.68, 0.1, 0.04);    /* seat */
  cairo_set_source_rgb (cr, C_METAL);
  for (int i = 0; i < 2; i++)
    segment (cr, (Point) { i ? 0.46 : -0.46, 0.62 }, (Point) { i ? 0.46 : -0.46, 0.75 }, 0.05);
}

static void
abduction_pads (cairo_t *cr, const Scene *scene, const Joints *j, double t)
{
  cairo_set_source_rgb (cr, C_PAD);
  for (int i = 0; i < 2; i++)
    {
      double side = i == 0 ? -1 : 1;
      box (cr, j->knee[i].x + side * 0.07 - 0.035, j->knee[i].y - 0.13, 0.07, 0.26, 0.03);
      /* foot rests move with the legs */
      box (cr, j->ankle[i].x - 0.09, 0.0, 0.18, 0.05, 0.02);
    }
}

static void
thrust_bench (cairo_t *cr, const Scene *scene, const Joints *j, double t)
{
  bench (cr, -1.05, -0.42, 0.42);
}

static void barbell (cairo_t *cr, const Scene *scene, const Joints *j, double t);

/* the bench, and the bar's far plate, behind the body */
static void
thrust_bench_and_bar (cairo_t *cr, const Scene *scene, const Joints *j, double t)
{
  thrust_bench (cr, scene, j, t);
  barbell (cr, scene, j, t);
}

static void
barbell (cairo_t *cr, const Scene *scene, const Joints *j, double t)
{
  Point bar = point_at (j->pelvis, 90, 0.13);

  cairo_set_source_rgb (cr, C_METAL_DARK);
  cairo_arc (cr, bar.x, bar.y, 0.225, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, C_METAL);
  cairo_arc (cr, bar.x, bar.y, 0.19, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, C_PAD);
  cairo_arc (cr, bar.x, bar.y, 0.04, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
extension_bench (cairo_t *cr, const Scene *scene, const Joints *j, double t)
{
  Point foot_plate = { 0.62, 0.04 };
  Point pad = { -0.02, 0.73 };

  cairo_set_source_rgb (cr, C_METAL_DARK);
  segment (cr, (Point) { 0.78, 0.0 }, (Point) { -0.3, 0.0 }, 0.05);
  segment (cr, (Point) { 0.72, 0.02 }, point_at (pad, -45, 0.12), 0.05);
  segment (cr, (Point) { -0.2, 0.0 }, point_at (pad, -45, 0.12), 0.05);
  cairo_set_source_rgb (cr, C_PAD);
  slab (cr, point_at (pad, -135, 0.18), 45, 0.4, 0.1);
  box (cr, foot_plate.x - 0.06, foot_plate.y, 0.16, 0.05, 0.02);
}

static void
extension_rollers (cairo_t *cr, const Scene *scene, const Joints *j, double t)
{
  cairo_set_source_rgb (cr, C_PAD);
  cairo_arc (cr, 0.58, 0.22, 0.05, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
mat (cairo_t *cr, const Scene *scene, const Joints *j, double t)
{
  cairo_set_source_rgb (cr, 0.35, 0.55, 0.52);
  box (cr, -1.25, 0.0, 2.5, 0.025, 0.01);
}

static void
towel (cairo_t *cr, const Scene *scene, const Joints *j, double t)
{
  mat (cr, scene, j, t);
  cairo_set_source_rgb (cr, 0.93, 0.80, 0.55);
  box (cr, j->ankle[1].x - 0.16, 0.02, 0.34, 0.035, 0.015);
}

static void
band (cairo_t *cr, const Scene *scene, const Joints *j, double t)
{
  Point a = mid (j->hip[0], j->knee[0], 0.85), b = mid (j->hip[1], j->knee[1], 0.85);

  cairo_set_source_rgb (cr, 0.85, 0.30, 0.35);
  segment (cr, a, b, 0.035);
}

static void
desk (cairo_t *cr, const Scene *scene, const Joints *j, double t)
{
  double x = scene->front ? -0.95 : 0.42;

  cairo_set_source_rgb (cr, 0.62, 0.50, 0.40);
  box (cr, x, 0.72, 0.8, 0.05, 0.01);
  cairo_set_source_rgb (cr, 0.50, 0.40, 0.32);
  box (cr, x + 0.04, 0.0, 0.04, 0.72, 0.01);
  box (cr, x + 0.72, 0.0, 0.04, 0.72, 0.01);
}

/* Poses ------------------------------------------------------------------ */

static Limb
planted (double x, double y, double bend)
{
  return (Limb) { .ik = TRUE, .target = { x, y }, .bend = bend, .foot = 0 };
}

static Limb
angles (double upper, double lower)
{
  return (Limb) { .ik = FALSE, .upper = upper, .lower = lower, .foot = lower + 90 };
}

static Pose
standing (double x)
{
  Pose p = { .pelvis = { x, 0.93 }, .torso = 90 };

  p.legs[0] = planted (x - 0.02, ANKLE, 1);
  p.legs[1] = planted (x + 0.04, ANKLE, 1);
  p.arms[0] = angles (-96, -86);
  p.arms[1] = angles (-94, -84);
  return p;
}

static Pose
standing_front (double x)
{
  Pose p = { .pelvis = { x, 0.93 }, .torso = 90, .hip_offset = 0.1, .shoulder_offset = 0.19 };

  p.legs[0] = planted (x - 0.12, ANKLE, -1);
  p.legs[1] = planted (x + 0.12, ANKLE, 1);
  p.legs[0].foot = 180;
  p.legs[1].foot = 0;
  p.legs[0].foot = -90;
  p.legs[1].foot = -90;
  p.arms[0] = angles (-98, -92);
  p.arms[1] = angles (-82, -88);
  return p;
}

/* Lying on the back, head to the left, knees up. */
static Pose
supine (double x, double feet)
{
  Pose p = { .pelvis = { x, 0.12 }, .torso = 180 };

  p.legs[0] = planted (x + feet - 0.02, ANKLE, 1);
  p.legs[1] = planted (x + feet, ANKLE, 1);
  p.arms[0] = angles (-5, -2);
  p.arms[1] = angles (-4, -1);
  return p;
}

/* Arms crossed over the chest, wherever the torso points (facing -1). */
static void
fold_arms (Pose *p)
{
  Point chest = point_at (point_at (p->pelvis, p->torso, TORSO * 0.7), p->torso + 90, 0.12);

  p->arms[0] = planted (chest.x, chest.y, -1);
  p->arms[1] = planted (chest.x, chest.y, -1);
  p->arms[1].target = point_at (chest, p->torso, -0.06);
}

/* Scenes ------------------------------------------------------------------ */

static void
walk_pose (const Scene *scene, double t, Pose *pose, double *activation)
{
  double period = scene->walk, slope = scene->slope;
  double deck = atan (INCLINE_PERCENT / 100) * 180 / G_PI;
  double incline = slope > 0 ? slope : deck;

  *pose = standing (0);
  pose->torso = 90 - 4;   /* tall, a little forward from the ankles */
  for (int i = 0; i < 2; i++)
    {
      double phase = fmod (t / period + (i ? 0.5 : 0), 1.0);
      double x, lift;
      Point foot;

      /* stance: 60 % of the stride, the foot goes back with the belt (or
       * the body over the ground); swing: it comes forward, lifted */
      if (phase < 0.6)
        {
          x = 0.3 - phase / 0.6 * 0.6;
          lift = 0;
        }
      else
        {
          double s = (phase - 0.6) / 0.4;
          x = -0.3 + ease (s) * 0.6;
          lift = 0.1 * sin (s * G_PI);
        }

      foot = point_at ((Point) { 0, slope > 0 ? 0 : 0.05 }, incline, x);
      pose->legs[i] = planted (foot.x, foot.y + ANKLE + lift, 1);
      pose->legs[i].foot = incline + (phase > 0.6 ? 10 * sin ((phase - 0.6) / 0.4 * G_PI) : 0);
      pose->arms[i] = angles (-90 - 22 * sin ((phase + 0.25) * 2 * G_PI), -70 - 12 * sin ((phase + 0.25) * 2 * G_PI));
      if (i == 0)
        {
          pose->pelvis = point_at ((Point) { 0, slope > 0 ? 0 : 0.05 }, incline, -0.02);
          pose->pelvis.y += 0.905 + 0.02 * cos (phase * 4 * G_PI);
          *activation = 0.45 + 0.4 * (phase < 0.6 ? sin (phase / 0.6 * G_PI) : 0);
        }
    }
}

static Scene scenes[17];

static void
define_scenes (void)
{
  int n = 0;
  Scene *s;
  Pose *p;

  /* Incline treadmill walk */
  s = &scenes[n++];
  *s = (Scene) { .id = "incline-walk", .zoom = 270, .floor_y = 600, .facing = 1, .muscles = GLUTES | HAMSTRINGS,
                 .walk = 1.2, .walk_seconds = 4.8, .behind = treadmill, .view_x = 0.1 };

  /* Lying leg curl: hamstrings curl the heels up */
  s = &scenes[n++];
  *s = (Scene) { .id = "leg-curl", .zoom = 380, .floor_y = 540, .facing = -1, .muscles = HAMSTRINGS, .view_x = -0.35,
                 .behind = leg_curl_machine, .infront = leg_curl_pad, .n_phases = 4,
                 .phases = { { "↑", 1, 1, 1 }, { "●", 1, 1, 1 }, { "↓", 3, 0, 0.2 }, { "·", 0.5, 0, 0.2 } } };
  p = &s->poses[0];
  *p = (Pose) { .pelvis = { -0.22, 0.62 }, .torso = 180, .head = -10 };
  p->legs[0] = angles (-1, -6);
  p->legs[1] = angles (0, -4);
  p->legs[0].foot = -70;
  p->legs[1].foot = -70;
  p->arms[0] = planted (-0.72, 0.5, 1);
  p->arms[1] = planted (-0.70, 0.5, 1);
  s->poses[1] = *p;
  s->poses[1].legs[0] = angles (-1, 100);
  s->poses[1].legs[1] = angles (0, 102);
  s->poses[1].legs[0].foot = 170;
  s->poses[1].legs[1].foot = 170;

  /* Hip abduction machine, seen from the front */
  s = &scenes[n++];
  *s = (Scene) { .id = "hip-abduction-machine", .zoom = 270, .floor_y = 600, .front = TRUE, .facing = 1, .muscles = GLUTE_MED,
                 .behind = abduction_machine, .infront = abduction_pads, .n_phases = 4,
                 .phases = { { "↑", 1, 1, 1 }, { "●", 2, 1, 1 }, { "↓", 2, 0, 0.2 }, { "·", 0.5, 0, 0.2 } } };
  p = &s->poses[0];
  *p = (Pose) { .pelvis = { 0, 0.62 }, .torso = 90, .hip_offset = 0.11, .shoulder_offset = 0.19,
                .thigh_length = 0.06 };
  p->legs[0] = planted (-0.13, 0.12, -1);
  p->legs[1] = planted (0.13, 0.12, 1);
  p->legs[0].foot = -90;
  p->legs[1].foot = -90;
  p->arms[0] = planted (-0.46, 0.72, -1);
  p->arms[1] = planted (0.46, 0.72, 1);
  s->poses[1] = *p;
  s->poses[1].legs[0] = planted (-0.33, 0.16, -1);
  s->poses[1].legs[1] = planted (0.33, 0.16, 1);
  s->poses[1].legs[0].foot = -90;
  s->poses[1].legs[1].foot = -90;

  /* Barbell hip thrust */
  s = &scenes[n++];
  *s = (Scene) { .id = "hip-thrust", .facing = 1, .muscles = GLUTES, .view_x = -0.25,
                 .behind = thrust_bench_and_bar, .infront = NULL, .zoom = 400, .floor_y = 540, .n_phases = 4,
                 .phases = { { "↑", 1, 1, 1 }, { "●", 2, 1, 1 }, { "↓", 3, 0, 0.15 }, { "·", 0.5, 0, 0.15 } } };
  p = &s->poses[0];
  *p = supine (-0.02, 0.42);
  p->pelvis = (Point) { -0.02, 0.24 };
  p->torso = 149;
  p->head = 8;
  p->arms[0] = planted (-0.05, 0.42, -1);
  p->arms[1] = planted (-0.02, 0.42, -1);
  s->poses[1] = *p;
  s->poses[1].pelvis = (Point) { 0.1, 0.55 };
  s->poses[1].torso = 180;
  s->poses[1].head = 25;
  s->poses[1].arms[0] = planted (0.07, 0.72, -1);
  s->poses[1].arms[1] = planted (0.1, 0.72, -1);

  /* Back extension on a 45° bench */
  s = &scenes[n++];
  *s = (Scene) { .id = "back-extension", .zoom = 380, .floor_y = 540, .facing = -1, .muscles = LOWER_BACK | GLUTES, .view_x = 0.05,
                 .behind = extension_bench, .infront = extension_rollers, .n_phases = 4,
                 .phases = { { "↑", 2, 0, 1 }, { "●", 1, 0, 1 }, { "↓", 2, 1, 0.25 }, { "·", 0.4, 1, 0.25 } } };
  p = &s->poses[0];
  *p = (Pose) { .pelvis = { -0.02, 0.76 }, .torso = 135, .head = 0 };
  p->legs[0] = planted (0.6, 0.14, -1);
  p->legs[1] = planted (0.62, 0.13, -1);
  p->legs[0].foot = 45 - 90;
  p->legs[1].foot = 45 - 90;
  fold_arms (p);
  s->poses[1] = *p;
  s->poses[1].torso = 225;
  s->poses[1].head = -10;
  fold_arms (&s->poses[1]);

  /* Brisk uphill walk */
  s = &scenes[n++];
  *s = (Scene) { .id = "uphill-walk", .zoom = 270, .floor_y = 600, .facing = 1, .muscles = GLUTES | HAMSTRINGS,
                 .walk = 1.1, .walk_seconds = 4.4, .slope = 9 };

  /* Floor hamstring curl: heels slide in and out on a towel, hips up */
  s = &scenes[n++];
  *s = (Scene) { .id = "towel-hamstring-curl", .zoom = 380, .floor_y = 540, .facing = 1, .muscles = HAMSTRINGS | GLUTES, .view_x = 0.05,
                 .behind = towel, .n_phases = 3,
                 .phases = { { "↑", 2, 1, 1 }, { "↓", 3, 0, 0.45 }, { "·", 0.5, 0, 0.45 } } };
  p = &s->poses[0];
  /* the shoulders stay on the floor while the hips stay up */
  *p = supine (-0.15, 0.8);
  p->pelvis.y = 0.2;
  p->torso = 189;
  s->poses[1] = supine (-0.1, 0.42);
  s->poses[1].pelvis.y = 0.38;
  s->poses[1].torso = 210;

  /* Side-lying leg raise, seen from the front: lying along the floor */
  s = &scenes[n++];
  *s = (Scene) { .id = "side-lying-abduction", .zoom = 380, .floor_y = 540, .facing = -1, .muscles = GLUTE_MED, .behind = mat,
                 .view_x = -0.1, .n_phases = 4,
                 .phases = { { "↑", 1, 1, 1 }, { "●", 2, 1, 1 }, { "↓", 2, 0, 0.2 }, { "·", 0.5, 0, 0.2 } } };
  p = &s->poses[0];
  *p = (Pose) { .pelvis = { 0.0, 0.13 }, .torso = 180, .head = 8 };
  p->legs[0] = angles (-3, -1);
  p->legs[1] = angles (1, 0);
  p->legs[0].foot = 10;
  p->legs[1].foot = 15;
  /* the lower arm under the head as a pillow, the upper one along the body */
  p->arms[0] = angles (178, 180);
  p->arms[1] = angles (-4, -2);
  s->poses[1] = *p;
  s->poses[1].legs[1] = angles (28, 28);
  s->poses[1].legs[1].foot = 40;

  /* Banded side steps, seen from the front: right and back */
  s = &scenes[n++];
  *s = (Scene) { .id = "banded-abduction", .zoom = 270, .floor_y = 600, .front = TRUE, .facing = 1, .muscles = GLUTE_MED,
                 .infront = band, .n_phases = 4,
                 .phases = { { "→", 0.9, 1, 1 }, { "→", 0.9, 2, 0.6 }, { "←", 0.9, 3, 1 }, { "←", 0.9, 0, 0.6 } } };
  s->poses[0] = standing_front (0);
  s->poses[0].pelvis.y = 0.86;
  s->poses[0].legs[0] = planted (-0.14, ANKLE, -1);
  s->poses[0].legs[1] = planted (0.14, ANKLE, 1);
  s->poses[0].legs[0].foot = -90;
  s->poses[0].legs[1].foot = -90;
  s->poses[1] = s->poses[0];                       /* right foot steps out */
  s->poses[1].pelvis.x = 0.1;
  s->poses[1].legs[1] = planted (0.4, ANKLE, 1);
  s->poses[1].legs[1].foot = -90;
  s->poses[2] = s->poses[0];                       /* left foot follows */
  s->poses[2].pelvis.x = 0.2;
  s->poses[2].legs[0] = planted (0.06, ANKLE, -1);
  s->poses[2].legs[1] = planted (0.4, ANKLE, 1);
  s->poses[2].legs[0].foot = -90;
  s->poses[2].legs[1].foot = -90;
  s->poses[3] = s->poses[2];                       /* left foot steps back */
  s->poses[3].pelvis.x = 0.1;
  s->poses[3].legs[0] = planted (-0.14, ANKLE, -1);
  s->poses[3].legs[0].foot = -90;

  /* Glute bridge */
  s = &scenes[n++];
  *s = (Scene) { .id = "glute-bridge", .facing = 1, .muscles = GLUTES, .behind = mat, .view_x = -0.05,
                 .zoom = 420, .floor_y = 520,
                 .n_phases = 4,
                 .phases = { { "↑", 1, 1, 1 }, { "●", 2, 1, 1 }, { "↓", 3, 0, 0.15 }, { "·", 0.5, 0, 0.15 } } };
  s->poses[0] = supine (0.0, 0.42);
  /* the shoulders stay where they are on the floor: the hips pivot round them */
  s->poses[1] = s->poses[0];
  s->poses[1].pelvis = (Point) { -0.07, 0.38 };
  s->poses[1].torso = 210;
  s->poses[1].head = -25;

  /* Single-leg glute bridge: the near knee held above the hip */
  s = &scenes[n++];
  *s = scenes[n - 2];
  s->id = "single-leg-glute-bridge";
  for (int i = 0; i < 2; i++)
    {
      s->poses[i].legs[1] = angles (i ? 70 : 88, i ? 20 : 5);
      s->poses[i].legs[1].foot = 60;
    }

  /* Body-weight hip thrust: the hip thrust without the bar */
  s = &scenes[n++];
  *s = scenes[3];
  s->id = "bodyweight-hip-thrust";
  s->behind = thrust_bench;
  s->poses[0].arms[0] = planted (-0.75, 0.45, 1);
  s->poses[0].arms[1] = planted (-0.72, 0.45, 1);
  s->poses[1].arms[0] = planted (-0.75, 0.45, 1);
  s->poses[1].arms[1] = planted (-0.72, 0.45, 1);

  /* Floor back extension: a small lift of the chest */
  s = &scenes[n++];
  *s = (Scene) { .id = "prone-back-extension", .zoom = 380, .floor_y = 540, .facing = -1, .muscles = LOWER_BACK, .behind = mat,
                 .view_x = -0.1, .n_phases = 4,
                 .phases = { { "↑", 2, 1, 1 }, { "●", 2, 1, 1 }, { "↓", 2, 0, 0.2 }, { "·", 0.5, 0, 0.2 } } };
  p = &s->poses[0];
  *p = (Pose) { .pelvis = { 0.1, 0.12 }, .torso = 180, .head = 0 };
  p->legs[0] = angles (-1, 0);
  p->legs[1] = angles (0, 0);
  p->legs[0].foot = -80;
  p->legs[1].foot = -80;
  p->arms[0] = planted (0.02, 0.06, 1);
  p->arms[1] = planted (0.06, 0.06, 1);
  s->poses[1] = *p;
  s->poses[1].torso = 163;
  s->poses[1].head = -5;
  s->poses[1].arms[0] = planted (0.0, 0.12, 1);
  s->poses[1].arms[1] = planted (0.04, 0.12, 1);

  /* Standing glute squeeze: still, the glow says it all */
  s = &scenes[n++];
  *s = (Scene) { .id = "standing-glute-squeeze", .zoom = 270, .floor_y = 600, .facing = 1, .muscles = GLUTES, .n_phases = 3,
                 .phases = { { "●", 3, 1, 1 }, { "·", 0.8, 0, 0.1 }, { "·", 0.4, 0, 0.1 } } };
  s->poses[0] = standing (0);
  s->poses[1] = standing (0);
  s->poses[1].pelvis.x += 0.015;
  s->poses[1].torso = 91;

  /* Standing kickback at a desk */
  s = &scenes[n++];
  *s = (Scene) { .id = "standing-hip-extension", .zoom = 270, .floor_y = 600, .facing = 1, .muscles = GLUTES, .behind = desk, .view_x = 0.15,
                 .n_phases = 4,
                 .phases = { { "↑", 1, 1, 1 }, { "●", 1, 1, 1 }, { "↓", 1, 0, 0.2 }, { "·", 0.5, 0, 0.2 } } };
  s->poses[0] = standing (0);
  s->poses[0].torso = 84;
  s->poses[0].arms[0] = planted (0.48, 0.82, -1);
  s->poses[0].arms[1] = planted (0.52, 0.82, -1);
  s->poses[1] = s->poses[0];
  s->poses[1].legs[1] = angles (-90 - 28, -90 - 30);
  s->poses[1].legs[1].foot = -30 - 90 + 60;

  /* Standing side leg raise at a desk, seen from the front */
  s = &scenes[n++];
  *s = (Scene) { .id = "standing-side-leg-raise", .zoom = 270, .floor_y = 600, .front = TRUE, .facing = 1, .muscles = GLUTE_MED,
                 .behind = desk, .view_x = -0.15, .n_phases = 4,
                 .phases = { { "↑", 1, 1, 1 }, { "●", 1, 1, 1 }, { "↓", 1, 0, 0.2 }, { "·", 0.5, 0, 0.2 } } };
  s->poses[0] = standing_front (0);
  s->poses[0].arms[0] = planted (-0.45, 0.8, -1);
  s->poses[1] = s->poses[0];
  s->poses[1].torso = 93;
  s->poses[1].legs[1] = angles (-90 + 27, -90 + 27);
  s->poses[1].legs[1].foot = -90 + 27;

  /* Desk hip hinge: hips back, chest forward, back long */
  s = &scenes[n++];
  *s = (Scene) { .id = "desk-hip-hinge", .zoom = 270, .floor_y = 600, .facing = 1, .muscles = HAMSTRINGS | GLUTES, .n_phases = 3,
                 .phases = { { "↓", 2, 1, 0.7 }, { "↑", 2, 0, 1 }, { "·", 0.5, 0, 0.2 } } };
  s->poses[0] = standing (0);
  s->poses[0].arms[0] = planted (-0.06, 0.95, -1);
  s->poses[0].arms[1] = planted (0.06, 0.95, -1);
  s->poses[1] = s->poses[0];
  s->poses[1].pelvis = (Point) { -0.16, 0.88 };
  s->poses[1].torso = 38;
  s->poses[1].head = 10;
  s->poses[1].arms[0] = planted (-0.18, 0.92, -1);
  s->poses[1].arms[1] = planted (-0.13, 0.92, -1);

  g_assert (n == G_N_ELEMENTS (scenes));
}

static double
scene_duration (const Scene *scene)
{
  double total = 0;

  if (scene->walk > 0)
    return scene->walk_seconds;

  for (int i = 0; i < scene->n_phases; i++)
    total += scene->phases[i].seconds;
  return total;
}

static void
scene_pose (const Scene *scene, double t, Pose *pose, double *activation)
{
  double start = 0, from_activation;
  int from;

  if (scene->walk > 0)
    {
      walk_pose (scene, t, pose, activation);
      return;
    }

  from = scene->phases[scene->n_phases - 1].to;
  from_activation = scene->phases[scene->n_phases - 1].activation;
  for (int i = 0; i < scene->n_phases; i++)
    {
      const Phase *phase = &scene->phases[i];

      if (t < start + phase->seconds || i == scene->n_phases - 1)
        {
          double k = ease ((t - start) / phase->seconds);

          pose_mix (pose, &scene->poses[from], &scene->poses[phase->to], k);
          *activation = from_activation + (phase->activation - from_activation) * k;
          return;
        }

      from = phase->to;
      from_activation = phase->activation;
      start += phase->seconds;
    }
}

static void
draw_frame (cairo_t *cr, const Scene *scene, double t)
{
  Pose pose;
  Joints joints;
  double activation = 0;

  scene_pose (scene, t, &pose, &activation);
  solve (&pose, &joints);

  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_translate (cr, WIDTH / 2.0, scene->floor_y > 0 ? scene->floor_y : FLOOR_Y);
  cairo_scale (cr, scene->zoom > 0 ? scene->zoom : SCALE, -(scene->zoom > 0 ? scene->zoom : SCALE));
  cairo_translate (cr, -scene->view_x, 0);

  draw_ground (cr, scene, t);
  if (scene->behind)
    scene->behind (cr, scene, &joints, t);
  draw_figure (cr, scene, &joints);
  draw_muscles (cr, scene, &pose, &joints, activation);
  if (scene->infront)
    scene->infront (cr, scene, &joints, t);
  cairo_restore (cr);

  if (scene->walk == 0)
    draw_tempo (cr, scene, t);
}

/* Output ------------------------------------------------------------------ */

static gboolean
render_clip (const Scene *scene,
             const char  *path)
{
  g_autofree char *launch = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstElement) source = NULL;
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstMessage) message = NULL;
  int frames = (int) lround (scene_duration (scene) * FPS);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  /* keyframes each second, so that seeking and stepping stay cheap */
  launch = g_strdup_printf ("appsrc name=source format=time "
                            "caps=video/x-raw,format=BGRx,width=%d,height=%d,framerate=%d/1 "
                            "! videoconvert ! video/x-raw,format=I420 "
                            "! vp8enc deadline=0 cpu-used=0 end-usage=vbr target-bitrate=900000 "
                            "  keyframe-max-dist=%d threads=2 "
                            "! webmmux ! filesink location=\"%s\"",
                            WIDTH, HEIGHT, FPS, FPS, path);
  pipeline = gst_parse_launch (launch, &error);
  if (pipeline == NULL)
    g_error ("%s", error->message);

  source = gst_bin_get_by_name (GST_BIN (pipeline), "source");
  gst_element_set_state (pipeline, GST_STATE_PLAYING);

  for (int i = 0; i < frames; i++)
    {
      GstBuffer *buffer;

      draw_frame (cr, scene, (double) i / FPS);
      cairo_surface_flush (surface);
      buffer = gst_buffer_new_memdup (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * HEIGHT);
      GST_BUFFER_PTS (buffer) = gst_util_uint64_scale_int (i, GST_SECOND, FPS);
      GST_BUFFER_DURATION (buffer) = gst_util_uint64_scale_int (1, GST_SECOND, FPS);
      if (gst_app_src_push_buffer (GST_APP_SRC (source), buffer) != GST_FLOW_OK)
        g_error ("could not encode %s", scene->id);
    }
  gst_app_src_end_of_stream (GST_APP_SRC (source));

  bus = gst_element_get_bus (pipeline);
  message = gst_bus_timed_pop_filtered (bus, GST_CLOCK_TIME_NONE, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  gst_element_set_state (pipeline, GST_STATE_NULL);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return GST_MESSAGE_TYPE (message) == GST_MESSAGE_EOS;
}

static void
write_stills (const Scene *scene,
              const char  *dir)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  double duration = scene_duration (scene);

  g_mkdir_with_parents (dir, 0755);
  for (int i = 0; i < 8; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%d.png", scene->id, i);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      draw_frame (cr, scene, duration * i / 8);
      cairo_surface_write_to_png (surface, path);
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The moments of a clip worth a still: where it starts and each further
 * key pose it reaches, at most three; two points of a stride for a walk. */
static int
key_times (const Scene *scene,
           double       times[3])
{
  int seen[4], n_seen = 0, n = 0;
  double end = 0;

  if (scene->walk > 0)
    {
      times[0] = 0;
      times[1] = scene->walk / 2;
      return 2;
    }

  times[n++] = 0;
  seen[n_seen++] = scene->phases[scene->n_phases - 1].to;
  for (int i = 0; i < scene->n_phases && n < 3; i++)
    {
      gboolean known = FALSE;

      end += scene->phases[i].seconds;
      for (int k = 0; k < n_seen; k++)
        known |= seen[k] == scene->phases[i].to;
      if (known)
        continue;

      seen[n_seen++] = scene->phases[i].to;
      /* just before the phase ends: the pose reached, held */
      times[n++] = end - 0.01;
    }

  return n;
}

/* Key poses for paper: the frame in grey, its light background made
 * white, small. A printer in black and white shows the same. */
static void
write_poses (const char *dir)
{
  /* the figure and its machine, without the tempo strip underneath */
  const double crop_x = 160, crop_y = 0, crop_width = 960, crop_height = 600;
  const int width = 288, height = 180;
  cairo_surface_t *frame = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_surface_t *small = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (frame);
  cairo_t *small_cr = cairo_create (small);
  g_autoptr(GString) index = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                           "<!-- written by the demonstrations renderer, in its poses mode -->\n"
                                           "<gresources>\n"
                                           "  <gresource prefix=\"/io/github/strongback/Strongback/poses\">\n");
  g_autofree char *index_path = g_build_filename (dir, "poses.gresource.xml", NULL);

  g_mkdir_with_parents (dir, 0755);
  for (guint i = 0; i < G_N_ELEMENTS (scenes); i++)
    {
      double times[3];
      int n = key_times (&scenes[i], times);

      for (int k = 0; k < n; k++)
        {
          g_autofree char *name = g_strdup_printf ("%s-%d.png", scenes[i].id, k);
          g_autofree char *path = g_build_filename (dir, name, NULL);
          guchar *data;
          int stride;

          draw_frame (cr, &scenes[i], times[k]);
          cairo_save (small_cr);
          cairo_scale (small_cr, width / crop_width, height / crop_height);
          cairo_set_source_surface (small_cr, frame, -crop_x, -crop_y);
          cairo_pattern_set_filter (cairo_get_source (small_cr), CAIRO_FILTER_BEST);
          cairo_paint (small_cr);
          cairo_restore (small_cr);
          cairo_surface_flush (small);

          data = cairo_image_surface_get_data (small);
          stride = cairo_image_surface_get_stride (small);
          for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
              {
                guint32 *pixel = (guint32 *) (data + y * stride) + x;
                double l = (0.299 * ((*pixel >> 16) & 0xff) + 0.587 * ((*pixel >> 8) & 0xff) +
                            0.114 * (*pixel & 0xff)) / 255;
                /* background and floor to white, the body and the machines to greys */
                guint8 g = (guint8) lround (255 * CLAMP ((l - 0.12) / (0.78 - 0.12), 0, 1));

                *pixel = (guint32) g << 16 | (guint32) g << 8 | g;
              }
          cairo_surface_mark_dirty (small);
          cairo_surface_write_to_png (small, path);
          g_string_append_printf (index, "    <file>%s</file>\n", name);
          g_print ("%s\n", path);
        }
    }

  g_string_append (index, "  </gresource>\n</gresources>\n");
  if (!g_file_set_contents (index_path, index->str, -1, NULL))
    g_error ("could not write %s", index_path);

  cairo_destroy (small_cr);
  cairo_destroy (cr);
  cairo_surface_destroy (small);
  cairo_surface_destroy (frame);
}

static const Scene *
find_scene (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (scenes); i++)
    if (g_str_equal (scenes[i].id, id))
      return &scenes[i];

  g_printerr ("no demonstration for “%s”\n", id);
  exit (2);
}

int
main (int   argc,
      char *argv[])
{
  gst_init (&argc, &argv);
  define_scenes ();

  if (argc == 3 && g_str_equal (argv[1], "--poses"))
    {
      write_poses (argv[2]);
      return 0;
    }

  if (argc == 4 && g_str_equal (argv[1], "--frames"))
    {
      write_stills (find_scene (argv[3]), argv[2]);
      return 0;
    }

  if (argc < 2)
    {
      g_printerr ("usage: %s OUTPUT-DIR [EXERCISE-ID…] | --frames DIR EXERCISE-ID\n", argv[0]);
      return 2;
    }

  g_mkdir_with_parents (argv[1], 0755);
  for (guint i = 0; i < G_N_ELEMENTS (scenes); i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      gboolean wanted = argc == 2;

      for (int a = 2; a < argc; a++)
        wanted |= g_str_equal (argv[a], scenes[i].id);
      if (!wanted)
        continue;

      name = g_strdup_printf ("%s.webm", scenes[i].id);
      path = g_build_filename (argv[1], name, NULL);
      if (!render_clip (&scenes[i], path))
        {
          g_printerr ("could not render %s\n", scenes[i].id);
          return 1;
        }
      g_print ("%s\n", path);
    }

  return 0;
}
