/* figure.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The articulated figure of the demonstrations, in metres, y up. Angles are
 * directions in degrees, 0 = right, 90 = up. Planted feet and hands are
 * given as targets and placed by two-bone IK, so they never slide. */

#pragma once

#include <cairo.h>
#include <glib.h>

#define THIGH 0.44
#define SHIN 0.43
#define ANKLE 0.07
#define TORSO 0.52
#define UPPER_ARM 0.30
#define FOREARM 0.27
#define HEAD_RADIUS 0.115
#define NECK 0.08
#define FOOT 0.2

typedef struct { double x, y; } Point;

typedef struct
{
  gboolean ik;          /* TRUE: reach target; FALSE: use the angles */
  Point    target;      /* ankle or wrist */
  double   bend;        /* +1 or -1: the side the knee or elbow bends to */
  double   upper;       /* angles when not ik */
  double   lower;
  double   foot;        /* foot direction (legs only) */
} Limb;

typedef struct
{
  Point  pelvis;
  double torso;         /* pelvis to shoulders */
  double head;          /* neck direction, relative to the torso */
  Limb   legs[2];       /* far, near */
  Limb   arms[2];
  double hip_offset;    /* front view: hips this far left and right */
  double shoulder_offset;
  double thigh_length;  /* 0: THIGH; shorter when it points at the viewer */
} Pose;

/* Where every joint ended up, after IK. */
typedef struct
{
  Point hip[2], knee[2], ankle[2], toe[2];
  Point shoulder[2], elbow[2], wrist[2];
  Point neck, head, pelvis;
} Joints;

Point  point_at      (Point from, double angle, double length);
double angle_to      (Point from, Point to);
void   pose_mix      (Pose *out, const Pose *a, const Pose *b, double t);
double ease          (double t);
void   solve         (const Pose *pose, Joints *joints);
