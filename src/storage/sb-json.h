/* sb-json.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reading Strongback's JSON files with validation that names the file, the
 * member and the problem, and writing them atomically. Every loader (session,
 * routine, catalog) goes through these, so every file gets the same rules.
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define SB_FORMAT_ERROR (sb_format_error_quark ())

typedef enum
{
  SB_FORMAT_ERROR_PARSE,           /* not JSON at all */
  SB_FORMAT_ERROR_WRONG_FORMAT,    /* JSON, but not this kind of file */
  SB_FORMAT_ERROR_MISSING_MEMBER,
  SB_FORMAT_ERROR_INVALID_MEMBER,
  SB_FORMAT_ERROR_UNKNOWN_EXERCISE,
  SB_FORMAT_ERROR_TOO_LARGE,
} SbFormatError;

GQuark sb_format_error_quark (void);

/* Reads the members of one JSON object; "where" is the path of the object
 * inside the file ("sets[2]"), NULL for the top level. */
typedef struct
{
  const char *file;
  const char *where;
  JsonObject *object;
} SbJsonReader;

#define SB_JSON_MAX_FILE_SIZE (4 * 1024 * 1024)
/* A backup holds every session: years of them fit many times over. */
#define SB_JSON_MAX_BACKUP_SIZE (512 * 1024 * 1024)

/* Reads one element of a list file into a new GObject, or fails. */
typedef gpointer (*SbJsonReadItem) (SbJsonReader  *item,
                                    gpointer       user_data,
                                    GError       **error);

JsonObject *sb_json_parse_object    (const char    *file,
                                     const char    *data,
                                     gsize          length,
                                     const char    *format,
                                     int           *version,
                                     GError       **error);
JsonObject *sb_json_parse_object_sized (const char *file,
                                        const char *data,
                                        gsize       length,
                                        gsize       max_length,
                                        const char *format,
                                        int        *version,
                                        GError    **error);
GPtrArray  *sb_json_read_list       (const char    *file,
                                     const char    *data,
                                     gsize          length,
                                     const char    *format,
                                     const char    *member,
                                     SbJsonReadItem read_item,
                                     gpointer       user_data,
                                     GError       **error);
int         sb_json_peek_version    (const char    *data,
                                     gsize          length);
gboolean    sb_json_get_string      (SbJsonReader  *reader,
                                     const char    *member,
                                     gboolean       required,
                                     const char   **value,
                                     GError       **error);
gboolean    sb_json_get_int         (SbJsonReader  *reader,
                                     const char    *member,
                                     gboolean       required,
                                     int            min,
                                     int            max,
                                     int           *value,
                                     GError       **error);
gboolean    sb_json_get_double      (SbJsonReader  *reader,
                                     const char    *member,
                                     gboolean       required,
                                     double         min,
                                     double         max,
                                     double        *value,
                                     GError       **error);
gboolean    sb_json_get_boolean     (SbJsonReader  *reader,
                                     const char    *member,
                                     gboolean      *value,
                                     GError       **error);
gboolean    sb_json_get_strv        (SbJsonReader  *reader,
                                     const char    *member,
                                     gboolean       required,
                                     GStrv         *value,
                                     GError       **error);
gboolean    sb_json_get_array       (SbJsonReader  *reader,
                                     const char    *member,
                                     gboolean       required,
                                     JsonArray    **value,
                                     GError       **error);
gboolean    sb_json_get_datetime    (SbJsonReader  *reader,
                                     const char    *member,
                                     gboolean       required,
                                     GDateTime    **value,
                                     GError       **error);
gboolean    sb_json_element_object  (SbJsonReader  *reader,
                                     const char    *array_member,
                                     JsonArray     *array,
                                     guint          index,
                                     char         **where,
                                     JsonObject   **value,
                                     GError       **error);
JsonObject *sb_json_unknown_members (JsonObject    *object,
                                     const char * const *known);
void        sb_json_add_members     (JsonObject    *object,
                                     JsonObject    *extra);
char       *sb_json_unknown_members_text (JsonObject *object,
                                     const char * const *known);
void        sb_json_add_members_text (JsonObject   *object,
                                     const char    *text);
char       *sb_json_dup_text        (const char    *text,
                                     gboolean       translate);
char       *sb_json_to_string       (JsonObject    *object);
char       *sb_json_node_to_string  (JsonNode      *node,
                                     gboolean       pretty);
char       *sb_json_format_datetime (GDateTime     *datetime);
gboolean    sb_json_write_atomic    (GFile         *file,
                                     const char    *contents,
                                     gsize          length,
                                     GError       **error);
void        sb_json_describe_write_error (GError **error,
                                     GError        *cause,
                                     const char    *path);

G_END_DECLS
