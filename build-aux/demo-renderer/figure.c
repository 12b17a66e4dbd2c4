/* figure.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "figure"

#include <math.h>

#include "figure.h"

#define RAD(deg) ((deg) * G_PI / 180.0)
#define DEG(rad) ((rad) * 180.0 / G_PI)

Point
point_at (Point  from,
          double angle,
          double length)
{
  return (Point) { from.x + length * cos (RAD (angle)), from.y + length * sin (RAD (angle)) };
}

double
angle_to (Point from,
          Point to)
{
  return DEG (atan2 (to.y - from.y, to.x - from.x));
}

/* Smooth start and end, so that movements accelerate and settle. */
double
ease (double t)
{
  t = CLAMP (t, 0, 1);
  return t * t * (3 - 2 * t);
}

static double
mix (double a, double b, double t)
{
  return a + (b - a) * t;
}

/* Angles interpolate the short way round. */
static double
mix_angle (double a, double b, double t)
{
  double d = fmod (b - a + 540.0, 360.0) - 180.0;
  return a + d * t;
}

static void
limb_mix (Limb *out, const Limb *a, const Limb *b, double t)
{
  *out = *a;
  out->ik = t < 0.5 ? a->ik : b->ik;
  out->target.x = mix (a->target.x, b->target.x, t);
  out->target.y = mix (a->target.y, b->target.y, t);
  out->bend = t < 0.5 ? a->bend : b->bend;
  out->upper = mix_angle (a->upper, b->upper, t);
  out->lower = mix_angle (a->lower, b->lower, t);
  out->foot = mix_angle (a->foot, b->foot, t);
}

void
pose_mix (Pose *out, const Pose *a, const Pose *b, double t)
{
  *out = *a;
  out->pelvis.x = mix (a->pelvis.x, b->pelvis.x, t);
  out->pelvis.y = mix (a->pelvis.y, b->pelvis.y, t);
  out->torso = mix_angle (a->torso, b->torso, t);
  out->head = mix (a->head, b->head, t);
  for (int i = 0; i < 2; i++)
    {
      limb_mix (&out->legs[i], &a->legs[i], &b->legs[i], t);
      limb_mix (&out->arms[i], &a->arms[i], &b->arms[i], t);
    }
}

/* Two-bone IK: the middle joint of a limb from its root and its end. */
static void
reach (Point   root,
       Point   target,
       double  upper_length,
       double  lower_length,
       double  bend,
       Point  *middle,
       Point  *end)
{
  double d = hypot (target.x - root.x, target.y - root.y);
  double base = angle_to (root, target);
  double a;

  d = CLAMP (d, fabs (upper_length - lower_length) + 1e-6, (upper_length + lower_length) * 0.9999);
  a = DEG (acos ((upper_length * upper_length + d * d - lower_length * lower_length) /
                 (2 * upper_length * d)));
  *middle = point_at (root, base + bend * a, upper_length);
  *end = point_at (*middle, angle_to (*middle, target), lower_length);
}

static void
place_limb (const Limb *limb,
            Point       root,
            double      upper_length,
            double      lower_length,
            Point      *middle,
            Point      *end)
{
  if (limb->ik)
    reach (root, limb->target, upper_length, lower_length, limb->bend, middle, end);
  else
    {
      *middle = point_at (root, limb->upper, upper_length);
      *end = point_at (*middle, limb->lower, lower_length);
    }
}

void
solve (const Pose *pose,
       Joints     *j)
{
  double thigh = pose->thigh_length > 0 ? pose->thigh_length : THIGH;
  Point shoulders = point_at (pose->pelvis, pose->torso, TORSO);

  j->pelvis = pose->pelvis;
  j->neck = point_at (shoulders, pose->torso + pose->head, NECK);
  j->head = point_at (j->neck, pose->torso + pose->head, HEAD_RADIUS);

  for (int i = 0; i < 2; i++)
    {
      double side = i == 0 ? -1 : 1;

      /* in a front view the hips and shoulders sit apart */
      j->hip[i] = point_at (pose->pelvis, pose->torso - 90, side * pose->hip_offset);
      j->shoulder[i] = point_at (shoulders, pose->torso - 90, side * pose->shoulder_offset);

      place_limb (&pose->legs[i], j->hip[i], thigh, SHIN, &j->knee[i], &j->ankle[i]);
      j->toe[i] = point_at (j->ankle[i], pose->legs[i].foot, FOOT);
      place_limb (&pose->arms[i], j->shoulder[i], UPPER_ARM, FOREARM, &j->elbow[i], &j->wrist[i]);
    }
}
