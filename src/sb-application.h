/* sb-application.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/sb-catalog.h"
#include "storage/sb-demo-library.h"
#include "storage/sb-history-store.h"
#include "storage/sb-workout-journal.h"

G_BEGIN_DECLS

#define SB_TYPE_APPLICATION (sb_application_get_type ())

G_DECLARE_FINAL_TYPE (SbApplication, sb_application, SB, APPLICATION, AdwApplication)

SbApplication    *sb_application_new         (void);
SbCatalog        *sb_application_get_catalog (SbApplication *self);
SbHistoryStore   *sb_application_get_history (SbApplication *self);
SbDemoLibrary    *sb_application_get_demo_library (SbApplication *self);
SbWorkoutJournal *sb_application_get_journal (SbApplication *self);

G_END_DECLS
