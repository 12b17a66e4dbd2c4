/* sb-window-private.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What sb-window.c (navigation, pages, the workout, window state) and
 * sb-window-actions.c (the win.* actions) share. */

#pragma once

#include "sb-exercise-page.h"
#include "sb-history-panel.h"
#include "sb-progress-page.h"
#include "sb-progress-sidebar.h"
#include "sb-routine-editor.h"
#include "sb-routine-page.h"
#include "sb-routine-sidebar.h"
#include "sb-session-editor.h"
#include "sb-session-page.h"
#include "sb-window.h"
#include "sb-workout-page.h"

G_BEGIN_DECLS

struct _SbWindow
{
  AdwApplicationWindow  parent_instance;

  SbContext            *context;
  gboolean              compact;
  guint                 inhibit_cookie;
  SbSession            *deleted;            /* for undo */
  SbRoutine            *deleted_routine;    /* for undo */
  SbSession            *replaced;           /* an edit's original, for undo */
  SbSession            *logged;             /* a new log, for undo */
  SbSession            *kept_version;       /* of a session changed on two computers, for undo */
  GtkPrintSettings     *print_settings;     /* the last print dialog's choices */
  gboolean              deleting_routine;
  gboolean              undo_requested;

  /* made on first use: startup need not build what it does not show */
  SbWorkoutPage        *workout_page;
  SbExercisePage       *exercise_page;
  SbSessionPage        *session_page;
  SbRoutineEditor      *editor;
  SbSessionEditor      *session_editor;
  SbProgressPage       *progress_page;

  AdwToastOverlay      *toasts;
  GtkStack             *root_stack;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  AdwViewStack         *sidebar_stack;
  SbRoutineSidebar     *routine_sidebar;
  SbHistoryPanel       *history_panel;
  GtkWidget            *search_button;
  GtkWidget            *content;
  AdwWindowTitle       *content_title;
  GtkWidget            *back_button;
  GtkStack             *content_stack;
  AdwBin               *session_slot;
  SbRoutinePage        *routine_page;
  SbProgressSidebar    *progress_sidebar;
};

void _sb_window_update_navigation (SbWindow        *self);
void _sb_window_pause_demo        (SbWindow        *self);
void _sb_window_show_content      (SbWindow        *self,
                                   const char      *page);
void _sb_window_show_routine      (SbWindow        *self,
                                   SbRoutine       *routine);
void _sb_window_show_editor       (SbWindow        *self,
                                   SbRoutine       *routine);
void _sb_window_show_progress     (SbWindow        *self);
SbSession *_sb_window_get_shown_session (SbWindow *self);
void _sb_window_show_session      (SbWindow        *self,
                                   SbSession       *session);
SbSessionEditor *_sb_window_ensure_session_editor (SbWindow *self);
void _sb_window_add_toast         (SbWindow        *self,
                                   AdwToast        *toast);
void _sb_window_class_add_actions (GtkWidgetClass  *widget_class);
void _sb_window_class_add_session_actions (GtkWidgetClass *widget_class);
void _sb_window_show_error_toast  (SbWindow        *self,
                                   const GError    *error);
SbRoutine *_sb_window_lookup_routine (SbWindow     *self,
                                      GVariant     *parameter);

G_END_DECLS
