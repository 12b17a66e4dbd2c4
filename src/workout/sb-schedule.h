/* sb-schedule.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SB_SCHEDULE_ERROR (sb_schedule_error_quark ())

typedef enum
{
  SB_SCHEDULE_ERROR_TIME,
  SB_SCHEDULE_ERROR_DAY,
  SB_SCHEDULE_ERROR_QUIET_HOURS,
} SbScheduleError;

/* Days as a mask: bit 0 is Monday, bit 6 Sunday (GDateTime's day of the
 * week minus one). */
#define SB_SCHEDULE_ALL_DAYS 0x7f

GQuark      sb_schedule_error_quark        (void);

gboolean    sb_schedule_parse_time         (const char         *text,
                                            int                *minutes,
                                            GError            **error);
char       *sb_schedule_format_time        (int                 minutes);
gboolean    sb_schedule_parse_days         (const char * const *days,
                                            guint              *mask,
                                            GError            **error);
char      **sb_schedule_days_to_strv       (guint               mask);
const char *sb_schedule_day_id             (guint               day);
gboolean    sb_schedule_parse_quiet_hours  (const char * const *hours,
                                            int                *from,
                                            int                *to,
                                            GError            **error);

int         sb_schedule_minute_of_day      (GDateTime          *time);
gboolean    sb_schedule_in_quiet_hours     (int                 from,
                                            int                 to,
                                            GDateTime          *time);
GDateTime  *sb_schedule_quiet_hours_end    (int                 from,
                                            int                 to,
                                            GDateTime          *time);
GDateTime  *sb_schedule_at_minute          (GDateTime          *day,
                                            int                 minutes);
GDateTime  *sb_schedule_next               (guint               days,
                                            int                 minutes,
                                            GDateTime          *after);

G_END_DECLS
