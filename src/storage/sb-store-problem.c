/* sb-store-problem.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A file the history store could not load: where it was, where it was moved
 * to (NULL when it was left in place, e.g. a newer version's file or one that
 * could not be read at all) and a message a person can act on.
 */

#define G_LOG_DOMAIN "sb-store-problem"

#include "config.h"

#include "sb-store-problem.h"

struct _SbStoreProblem
{
  GObject  parent_instance;

  GFile   *file;
  GFile   *quarantined_file;
  char    *message;
};

G_DEFINE_FINAL_TYPE (SbStoreProblem, sb_store_problem, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_QUARANTINED_FILE,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

SbStoreProblem *
sb_store_problem_new (GFile      *file,
                      GFile      *quarantined_file,
                      const char *message)
{
  return g_object_new (SB_TYPE_STORE_PROBLEM,
                       "file", file,
                       "quarantined-file", quarantined_file,
                       "message", message,
                       NULL);
}

GFile *
sb_store_problem_get_file (SbStoreProblem *self)
{
  g_return_val_if_fail (SB_IS_STORE_PROBLEM (self), NULL);
  return self->file;
}

GFile *
sb_store_problem_get_quarantined_file (SbStoreProblem *self)
{
  g_return_val_if_fail (SB_IS_STORE_PROBLEM (self), NULL);
  return self->quarantined_file;
}

const char *
sb_store_problem_get_message (SbStoreProblem *self)
{
  g_return_val_if_fail (SB_IS_STORE_PROBLEM (self), NULL);
  return self->message;
}

static void
sb_store_problem_finalize (GObject *object)
{
  SbStoreProblem *self = SB_STORE_PROBLEM (object);

  g_clear_object (&self->file);
  g_clear_object (&self->quarantined_file);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (sb_store_problem_parent_class)->finalize (object);
}

static void
sb_store_problem_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SbStoreProblem *self = SB_STORE_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_QUARANTINED_FILE:
      g_value_set_object (value, self->quarantined_file);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_store_problem_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SbStoreProblem *self = SB_STORE_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;
    case PROP_QUARANTINED_FILE:
      self->quarantined_file = g_value_dup_object (value);
      break;
    case PROP_MESSAGE:
      self->message = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_store_problem_class_init (SbStoreProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sb_store_problem_finalize;
  object_class->get_property = sb_store_problem_get_property;
  object_class->set_property = sb_store_problem_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUARANTINED_FILE] =
    g_param_spec_object ("quarantined-file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_store_problem_init (SbStoreProblem *self)
{
}
