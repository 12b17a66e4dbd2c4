/* sb-json.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sb-json"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sb-json.h"

G_DEFINE_QUARK (sb-format-error-quark, sb_format_error)

/* Deeper nesting than this is not a Strongback file, and json-glib's
 * recursive parser must not be walked into a stack overflow. */
#define MAX_DEPTH 32

typedef enum {
  SCAN_OK,
  SCAN_TOO_DEEP,
  SCAN_BAD_ESCAPE,
} ScanResult;

static int
hex_digits (const char *data,
            gsize       length,
            gsize       i)
{
  int value = 0;

  if (length < 4 || i > length - 4)
    return -1;

  for (gsize j = i; j < i + 4; j++)
    {
      int digit = g_ascii_xdigit_value (data[j]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* Length of the escape that starts with the backslash at @i, or 0 when JSON
 * does not allow it. json-glib is laxer than JSON: it reads "\202" as the
 * byte 0x82 and a lone "\udc00" as three bytes that are not UTF-8, text that
 * would then be written back into a file nothing could read again. */
static gsize
escape_length (const char *data,
               gsize       length,
               gsize       i)
{
  int unit, low;

  if (i + 1 >= length)
    return 0;

  if (strchr ("\"\\/bfnrt", data[i + 1]) != NULL && data[i + 1] != '\0')
    return 2;

  if (data[i + 1] != 'u' || (unit = hex_digits (data, length, i + 2)) < 0)
    return 0;

  if (unit >= 0xdc00 && unit <= 0xdfff)
    return 0;

  if (unit < 0xd800 || unit > 0xdbff)
    return 6;

  /* A high surrogate is only half a character: its low half must follow. */
  if (i + 7 >= length || data[i + 6] != '\\' || data[i + 7] != 'u' ||
      (low = hex_digits (data, length, i + 8)) < 0xdc00 || low > 0xdfff)
    return 0;

  return 12;
}

/* Checks what json-glib would parse without complaint but is not a
 * Strongback file. @offset is where a bad escape starts. */
static ScanResult
scan_json (const char *data,
           gsize       length,
           gsize      *offset)
{
  gboolean in_string = FALSE;
  int depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            {
              gsize escape = escape_length (data, length, i);

              if (escape == 0)
                {
                  *offset = i;
                  return SCAN_BAD_ESCAPE;
                }
              i += escape - 1;
            }
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        {
          if (++depth > MAX_DEPTH)
            return SCAN_TOO_DEEP;
        }
      else if (c == '}' || c == ']')
        depth--;
    }

  return SCAN_OK;
}

/* json-glib reads a number beyond the range of a double, like 1e400, as
 * infinity, which it would then write back as "inf", not JSON. The scan
 * above has bounded the depth of this walk. */
static gboolean
numbers_finite (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        JsonNode *member;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, NULL, &member))
          if (!numbers_finite (member))
            return FALSE;
        return TRUE;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          if (!numbers_finite (json_array_get_element (array, i)))
            return FALSE;
        return TRUE;
      }
    case JSON_NODE_VALUE:
      return json_node_get_value_type (node) != G_TYPE_DOUBLE ||
             isfinite (json_node_get_double (node));
    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
}

static void
set_member_error (SbJsonReader *reader,
                  GError      **error,
                  int           code,
                  const char   *member,
                  const char   *problem)
{
  g_autofree char *path = NULL;

  path = reader->where ? g_strdup_printf ("%s.%s", reader->where, member) : g_strdup (member);

  if (code == SB_FORMAT_ERROR_MISSING_MEMBER)
    /* Translators: the first %s is a file name, the second a JSON member */
    g_set_error (error, SB_FORMAT_ERROR, code,
                 _("Could not read “%s”: member “%s” is missing"),
                 reader->file, path);
  else
    /* Translators: the first %s is a file name, the second a JSON member,
     * the third what it should be, e.g. “a whole number from 0 to 10” */
    g_set_error (error, SB_FORMAT_ERROR, code,
                 _("Could not read “%s”: member “%s” must be %s"),
                 reader->file, path, problem);
}

/* Looks up a member; a JSON null counts as absent. Fails only when a
 * required member is absent. */
static gboolean
lookup (SbJsonReader  *reader,
        const char    *member,
        gboolean       required,
        JsonNode     **node,
        GError       **error)
{
  *node = json_object_get_member (reader->object, member);

  if (*node != NULL && JSON_NODE_HOLDS_NULL (*node))
    *node = NULL;

  if (*node == NULL && required)
    {
      set_member_error (reader, error, SB_FORMAT_ERROR_MISSING_MEMBER, member, NULL);
      return FALSE;
    }

  return TRUE;
}

/**
 * sb_json_parse_object:
 * @file: the file name to show in messages
 * @format: the expected value of the "format" member
 * @version: (out): the file's version
 *
 * Parses @data into its top-level object and checks its "format" and
 * "version" members. A newer version is accepted: the caller reads what it
 * knows and must not rewrite the file.
 *
 * Returns: (transfer full): the top-level object, or %NULL with @error set
 */
JsonObject *
sb_json_parse_object (const char  *file,
                      const char  *data,
                      gsize        length,
                      const char  *format,
                      int         *version,
                      GError     **error)
{
  return sb_json_parse_object_sized (file, data, length, SB_JSON_MAX_FILE_SIZE, format, version, error);
}

/**
 * sb_json_parse_object_sized:
 * @max_length: the largest file of this kind there can be
 *
 * As sb_json_parse_object(), for the kinds of file that hold many others
 * (a backup).
 */
JsonObject *
sb_json_parse_object_sized (const char  *file,
                            const char  *data,
                            gsize        length,
                            gsize        max_length,
                            const char  *format,
                            int         *version,
                            GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  SbJsonReader reader = { file, NULL, NULL };
  const char *file_format = NULL;
  JsonNode *root;
  gsize offset = 0;

  if (length > max_length)
    {
      g_autofree char *size = g_format_size (length);

      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_TOO_LARGE,
                   _("Could not read “%s”: the file is %s, far larger than any Strongback file"),
                   file, size);
      return NULL;
    }

  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_PARSE,
                   _("Could not read “%s”: it is not UTF-8 text"), file);
      return NULL;
    }

  switch (scan_json (data, length, &offset))
    {
    case SCAN_OK:
      break;
    case SCAN_TOO_DEEP:
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_PARSE,
                   _("Could not read “%s”: it is nested too deeply to be a Strongback file"),
                   file);
      return NULL;
    case SCAN_BAD_ESCAPE:
      {
        guint line = 1;

        for (gsize i = 0; i < offset; i++)
          line += data[i] == '\n';

        g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_PARSE,
                     /* Translators: a JSON escape is a backslash sequence like \n or \u00e9 */
                     _("Could not read “%s”: it is not valid JSON (line %u has a backslash that does not start a JSON escape)"),
                     file, line);
        return NULL;
      }
    default:
      g_assert_not_reached ();
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_PARSE,
                   /* Translators: the second %s is the parser's message */
                   _("Could not read “%s”: it is not valid JSON (%s)"),
                   file, local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_PARSE,
                   _("Could not read “%s”: it is empty"), file);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_WRONG_FORMAT,
                   _("Could not read “%s”: it is not a Strongback file"), file);
      return NULL;
    }

  if (!numbers_finite (root))
    {
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_PARSE,
                   _("Could not read “%s”: it holds a number too large for any Strongback file"),
                   file);
      return NULL;
    }

  reader.object = json_node_get_object (root);

  if (json_object_has_member (reader.object, "format") &&
      !sb_json_get_string (&reader, "format", TRUE, &file_format, error))
    return NULL;

  if (g_strcmp0 (file_format, format) != 0)
    {
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_WRONG_FORMAT,
                   /* Translators: the second %s is a format name like “strongback-session” */
                   _("Could not read “%s”: it is not a “%s” file"), file, format);
      return NULL;
    }

  if (!sb_json_get_int (&reader, "version", TRUE, 1, G_MAXINT, version, error))
    return NULL;

  return json_object_ref (reader.object);
}

/**
 * sb_json_read_list:
 * @member: the top-level member holding the list
 * @read_item: makes one object of each element
 *
 * Reads a file whose content is one list of objects, like the built-in
 * exercises and routines.
 *
 * Returns: (transfer full) (element-type GObject): the objects, in the
 *   file's order, or %NULL with @error set
 */
GPtrArray *
sb_json_read_list (const char      *file,
                   const char      *data,
                   gsize            length,
                   const char      *format,
                   const char      *member,
                   SbJsonReadItem   read_item,
                   gpointer         user_data,
                   GError         **error)
{
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  SbJsonReader reader = { file, NULL, NULL };
  JsonArray *array = NULL;
  int version;

  root = sb_json_parse_object (file, data, length, format, &version, error);
  if (root == NULL)
    return NULL;

  reader.object = root;
  if (!sb_json_get_array (&reader, member, TRUE, &array, error))
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = NULL;
      SbJsonReader item_reader = { file, NULL, NULL };
      gpointer item;

      if (!sb_json_element_object (&reader, member, array, i, &where, &item_reader.object, error))
        return NULL;

      item_reader.where = where;
      item = read_item (&item_reader, user_data, error);
      if (item == NULL)
        return NULL;

      g_ptr_array_add (items, item);
    }

  return g_steal_pointer (&items);
}

/**
 * sb_json_peek_version:
 *
 * Returns: the "version" member of a file that failed to load, or 0 when it
 *   has none; tells a newer version's file (left alone) from a broken one.
 */
int
sb_json_peek_version (const char *data,
                      gsize       length)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;
  JsonNode *version;
  gsize offset;

  if (length > SB_JSON_MAX_FILE_SIZE || scan_json (data, length, &offset) != SCAN_OK ||
      !json_parser_load_from_data (parser, data, length, NULL))
    return 0;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return 0;

  version = json_object_get_member (json_node_get_object (root), "version");
  if (version == NULL || json_node_get_value_type (version) != G_TYPE_INT64)
    return 0;

  return (int) CLAMP (json_node_get_int (version), 0, G_MAXINT);
}

gboolean
sb_json_get_string (SbJsonReader  *reader,
                    const char    *member,
                    gboolean       required,
                    const char   **value,
                    GError       **error)
{
  JsonNode *node;

  if (!lookup (reader, member, required, &node, error))
    return FALSE;

  if (node == NULL)
    return TRUE;

  if (json_node_get_value_type (node) != G_TYPE_STRING)
    {
      set_member_error (reader, error, SB_FORMAT_ERROR_INVALID_MEMBER, member, _("text"));
      return FALSE;
    }

  *value = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_number (SbJsonReader  *reader,
            const char    *member,
            gboolean       required,
            gboolean       integer,
            double         min,
            double         max,
            double        *value,
            GError       **error)
{
  JsonNode *node;
  GType type;
  double v;

  if (!lookup (reader, member, required, &node, error))
    return FALSE;

  if (node == NULL)
    return TRUE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    v = (double) json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE && !integer)
    v = json_node_get_double (node);
  else
    v = NAN;

  if (isnan (v) || v < min || v > max)
    {
      g_autofree char *what = NULL;

      if (integer && max >= G_MAXINT)
        what = g_strdup_printf (_("a whole number from %d up"), (int) min);
      else if (integer)
        /* Translators: e.g. “a whole number from 0 to 10” */
        what = g_strdup_printf (_("a whole number from %d to %d"), (int) min, (int) max);
      else
        what = g_strdup_printf (_("a number from %g to %g"), min, max);

      set_member_error (reader, error, SB_FORMAT_ERROR_INVALID_MEMBER, member, what);
      return FALSE;
    }

  *value = v;
  return TRUE;
}

gboolean
sb_json_get_int (SbJsonReader  *reader,
                 const char    *member,
                 gboolean       required,
                 int            min,
                 int            max,
                 int           *value,
                 GError       **error)
{
  double v = *value;

  /* get_number leaves v alone when the member is absent */
  if (!get_number (reader, member, required, TRUE, min, max, &v, error))
    return FALSE;

  *value = (int) v;
  return TRUE;
}

gboolean
sb_json_get_double (SbJsonReader  *reader,
                    const char    *member,
                    gboolean       required,
                    double         min,
                    double         max,
                    double        *value,
                    GError       **error)
{
  return get_number (reader, member, required, FALSE, min, max, value, error);
}

gboolean
sb_json_get_boolean (SbJsonReader  *reader,
                     const char    *member,
                     gboolean      *value,
                     GError       **error)
{
  JsonNode *node;

  if (!lookup (reader, member, FALSE, &node, error) || node == NULL)
    return TRUE;

  if (json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      set_member_error (reader, error, SB_FORMAT_ERROR_INVALID_MEMBER, member,
                        _("true or false"));
      return FALSE;
    }

  *value = json_node_get_boolean (node);
  return TRUE;
}

gboolean
sb_json_get_array (SbJsonReader  *reader,
                   const char    *member,
                   gboolean       required,
                   JsonArray    **value,
                   GError       **error)
{
  JsonNode *node;

  if (!lookup (reader, member, required, &node, error))
    return FALSE;

  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      set_member_error (reader, error, SB_FORMAT_ERROR_INVALID_MEMBER, member, _("a list"));
      return FALSE;
    }

  *value = json_node_get_array (node);
  return TRUE;
}

gboolean
sb_json_get_strv (SbJsonReader  *reader,
                  const char    *member,
                  gboolean       required,
                  GStrv         *value,
                  GError       **error)
{
  JsonArray *array = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;

  if (!sb_json_get_array (reader, member, required, &array, error))
    return FALSE;

  if (array == NULL)
    return TRUE;

  builder = g_strv_builder_new ();
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (json_node_get_value_type (node) != G_TYPE_STRING)
        {
          set_member_error (reader, error, SB_FORMAT_ERROR_INVALID_MEMBER, member,
                            _("a list of texts"));
          return FALSE;
        }

      g_strv_builder_add (builder, json_node_get_string (node));
    }

  g_strfreev (*value);
  *value = g_strv_builder_end (builder);
  return TRUE;
}

gboolean
sb_json_get_datetime (SbJsonReader  *reader,
                      const char    *member,
                      gboolean       required,
                      GDateTime    **value,
                      GError       **error)
{
  const char *text = NULL;
  GDateTime *datetime;

  if (!sb_json_get_string (reader, member, required, &text, error))
    return FALSE;

  if (text == NULL)
    return TRUE;

  /* A time without an offset would be read differently in every time zone. */
  datetime = g_date_time_new_from_iso8601 (text, NULL);

  /* Nothing Strongback records happened before 1970; a year below 1000
   * would not even be written back in four digits. */
  if (datetime != NULL &&
      (g_date_time_get_year (datetime) < 1970 || g_date_time_get_year (datetime) > 9999))
    g_clear_pointer (&datetime, g_date_time_unref);

  if (datetime == NULL)
    {
      set_member_error (reader, error, SB_FORMAT_ERROR_INVALID_MEMBER, member,
                        _("a date and time with its UTC offset, like “2026-03-01T18:30:00+01:00”"));
      return FALSE;
    }

  g_clear_pointer (value, g_date_time_unref);
  *value = datetime;
  return TRUE;
}

/**
 * sb_json_element_object:
 * @where: (out): the element's path, "member[index]", for nested readers
 *
 * Gets element @index of @array (the value of @array_member) as an object.
 */
gboolean
sb_json_element_object (SbJsonReader  *reader,
                        const char    *array_member,
                        JsonArray     *array,
                        guint          index,
                        char         **where,
                        JsonObject   **value,
                        GError       **error)
{
  JsonNode *node = json_array_get_element (array, index);
  g_autofree char *element = g_strdup_printf ("%s[%u]", array_member, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *path = reader->where ? g_strdup_printf ("%s.%s", reader->where, element)
                                            : g_strdup (element);

      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_INVALID_MEMBER,
                   _("Could not read “%s”: member “%s” must be %s"),
                   reader->file, path, _("an object"));
      return FALSE;
    }

  *where = reader->where ? g_strdup_printf ("%s.%s", reader->where, element)
                         : g_steal_pointer (&element);
  *value = json_node_get_object (node);
  return TRUE;
}

/**
 * sb_json_unknown_members:
 * @known: (array zero-terminated=1): the members this version understands
 *
 * Returns: (transfer full) (nullable): a new object holding the members of
 *   @object that are not in @known, or %NULL if there are none. Kept so that
 *   rewriting a file never drops what a newer version wrote into it.
 */
JsonObject *
sb_json_unknown_members (JsonObject         *object,
                         const char * const *known)
{
  /* In file order: json-glib 1.6's JsonObjectIter walks a hash table, and
   * a rewrite must not shuffle what it keeps. */
  g_autoptr(GList) names = json_object_get_members (object);
  JsonObject *extra = NULL;

  for (const GList *l = names; l != NULL; l = l->next)
    {
      if (g_strv_contains (known, l->data))
        continue;

      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, l->data,
                              json_node_copy (json_object_get_member (object, l->data)));
    }

  return extra;
}

void
sb_json_add_members (JsonObject *object,
                     JsonObject *extra)
{
  g_autoptr(GList) names = NULL;

  if (extra == NULL)
    return;

  names = json_object_get_members (extra);
  for (const GList *l = names; l != NULL; l = l->next)
    json_object_set_member (object, l->data,
                            json_node_copy (json_object_get_member (extra, l->data)));
}

/**
 * sb_json_unknown_members_text:
 * @known: the members this version reads
 *
 * The members of @object this version does not know, kept so that a
 * rewrite of the file loses nothing a newer version or another program
 * put there.
 *
 * Returns: (transfer full) (nullable): those members as the text of a JSON
 *   object, or %NULL when there are none
 */
char *
sb_json_unknown_members_text (JsonObject         *object,
                              const char * const *known)
{
  g_autoptr(JsonObject) extra = sb_json_unknown_members (object, known);
  g_autoptr(JsonNode) node = NULL;

  if (extra == NULL)
    return NULL;

  node = json_node_init_object (json_node_alloc (), extra);
  return sb_json_node_to_string (node, FALSE);
}

/**
 * sb_json_add_members_text:
 * @text: (nullable): members kept by sb_json_unknown_members_text()
 *
 * Adds the kept members back to @object, before the writer sets its own.
 */
void
sb_json_add_members_text (JsonObject *object,
                          const char *text)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonNode *root;

  if (text == NULL)
    return;

  parser = json_parser_new_immutable ();
  /* Our own writer made the text from a file that passed every check. */
  if (!json_parser_load_from_data (parser, text, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    g_return_if_reached ();

  sb_json_add_members (object, json_node_get_object (root));
}

/**
 * sb_json_dup_text:
 * @translate: whether @text is a built-in text, to translate
 *
 * Returns: (transfer full) (nullable): @text as the user should see it: built-in
 *   texts translated, the user's own as written
 */
char *
sb_json_dup_text (const char *text,
                  gboolean    translate)
{
  /* gettext maps "" to the catalog header */
  if (translate && text != NULL && *text != '\0')
    return g_strdup (g_dgettext (GETTEXT_PACKAGE, text));

  return g_strdup (text);
}

/* json-glib 1.6 appends ".0" to a double printed without a point, so
 * 7e93, kept from a member Strongback does not know, came out as
 * "7e+93.0", which no JSON reader takes (newer json-glib writes "7e+93").
 * Outside strings, that ".0" after an exponent is dropped. */
static void
repair_exponents (GString *text)
{
  gboolean in_string = FALSE, in_number = FALSE, exponent = FALSE;
  gsize w = 0;

  for (gsize r = 0; r < text->len; r++)
    {
      char c = text->str[r];

      if (in_string)
        {
          if (c == '\\' && r + 1 < text->len)
            {
              text->str[w++] = c;
              c = text->str[++r];
            }
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        {
          in_string = TRUE;
          in_number = FALSE;
        }
      else if (g_ascii_isdigit (c) || c == '-' || c == '+')
        {
          if (!in_number)
            exponent = FALSE;
          in_number = TRUE;
        }
      else if (in_number && (c == 'e' || c == 'E'))
        exponent = TRUE;
      else if (in_number && exponent && c == '.' && r + 1 < text->len && text->str[r + 1] == '0' &&
               (r + 2 == text->len || !g_ascii_isdigit (text->str[r + 2])))
        {
          r++;
          continue;
        }
      else if (c != '.')
        in_number = FALSE;

      text->str[w++] = c;
    }
  g_string_truncate (text, w);
}

/**
 * sb_json_node_to_string:
 * @pretty: indented by two spaces, as Strongback's files are
 *
 * Returns: (transfer full): @node as JSON text that any reader takes
 */
char *
sb_json_node_to_string (JsonNode *node,
                        gboolean  pretty)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  GString *out;

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);

  out = json_generator_to_gstring (generator, g_string_new (NULL));
  repair_exponents (out);

  return g_string_free (out, FALSE);
}

char *
sb_json_to_string (JsonObject *object)
{
  g_autoptr(JsonNode) root = json_node_init_object (json_node_alloc (), object);
  g_autofree char *text = sb_json_node_to_string (root, TRUE);

  return g_strconcat (text, "\n", NULL);
}

/* ISO 8601 with the offset and whole seconds: "2026-03-01T18:30:00+01:00". */
char *
sb_json_format_datetime (GDateTime *datetime)
{
  return g_date_time_format (datetime, "%Y-%m-%dT%H:%M:%S%:z");
}

/**
 * sb_json_describe_write_error:
 * @cause: why writing @path failed
 *
 * Sets @error to the causes a person can act on, in words they use (a full
 * or read-only disk, a file in the way, no permission); anything else keeps
 * the system's own message. For any file the app writes, JSON or not.
 */
void
sb_json_describe_write_error (GError     **error,
                              GError      *cause,
                              const char  *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  const char *reason = NULL;

  if (g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_NOSPC) ||
      g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    reason = _("the disk is full");
  else if (g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_ROFS) ||
           g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    reason = _("the disk is read-only");
  else if (g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_NOTDIR) ||
           g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR,
                   _("a file is in the way of the folder “%s”"), folder);
      return;
    }
  else if (g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_ACCES) ||
           g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_PERM) ||
           g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ACCES,
                   _("Strongback is not allowed to write in “%s”"), folder);
      return;
    }

  if (reason != NULL)
    g_set_error_literal (error, cause->domain, cause->code, reason);
  else
    g_propagate_error (error, g_error_copy (cause));
}

/**
 * sb_json_write_atomic:
 *
 * Writes @contents to @file so that a crash or power cut at any moment
 * leaves either the old file or the new one, never a torn one: the data goes
 * to a temporary file in the same folder, is flushed to disk, then renamed
 * over the target. Creates missing parent folders. Blocks: call it from a
 * worker thread. A full or read-only disk is reported in those words.
 */
gboolean
sb_json_write_atomic (GFile       *file,
                      const char  *contents,
                      gsize        length,
                      GError     **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  if (parent != NULL &&
      !g_file_make_directory_with_parents (parent, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      sb_json_describe_write_error (error, local_error, path);
      return FALSE;
    }
  g_clear_error (&local_error);

  if (!g_file_set_contents_full (path, contents, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT |
                                 G_FILE_SET_CONTENTS_DURABLE,
                                 0644, &local_error))
    {
      sb_json_describe_write_error (error, local_error, path);
      return FALSE;
    }

  return TRUE;
}
