/* diptych-json-writer.h: JSON written by hand into a GString, for outputs
 * with tens of thousands of items (diff changes, suggestions), where a
 * JsonNode tree or printf per member costs more than computing them
 *
 * Two ways to write: the diptych_json_put() and _append_*() functions
 * check the GString's room for each piece; the diptych_json_write*()
 * functions write at a cursor with no check, for an item whose most
 * bytes are known: diptych_json_reserve() makes room for them once and
 * diptych_json_commit() ends the item.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* The most bytes diptych_json_write_uint() writes: G_MAXUINT64's digits. */
#define DIPTYCH_JSON_UINT_ROOM 20

/* The most bytes diptych_json_write_string() writes for @len bytes: each
 * one escaped as "\u001f" at worst, and the quotes.
 */
#define DIPTYCH_JSON_STRING_ROOM(len) (6 * (gsize)(len) + 2)

/* g_string_append_len() without the call, for the many short pieces:
 * GString's fields are public for this.
 */
static inline void
diptych_json_put (GString    *out,
                  const char *str,
                  gsize       len)
{
  if (G_LIKELY (out->len + len < out->allocated_len))
    {
      memcpy (out->str + out->len, str, len);
      out->len += len;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, str, len);
}

#define DIPTYCH_JSON_PUT_LITERAL(out, literal) diptych_json_put ((out), (literal), sizeof (literal) - 1)

void diptych_json_append_string (GString    *out,
                                 const char *str,
                                 gsize       len);
void diptych_json_append_uint   (GString    *out,
                                 guint64     value);

/* diptych_json_reserve()'s slow path */
void _diptych_json_grow (GString *out,
                         gsize    room);

/* Returns: where @out's next byte goes, with @room bytes free from there */
static inline char *
diptych_json_reserve (GString *out,
                      gsize    room)
{
  if (G_UNLIKELY (out->len + room >= out->allocated_len))
    _diptych_json_grow (out, room);
  return out->str + out->len;
}

/* Ends @out at @end, past the last byte written since diptych_json_reserve(). */
static inline void
diptych_json_commit (GString *out,
                     char    *end)
{
  out->len = end - out->str;
  *end = '\0';
}

/* Returns: the cursor past @str's @len bytes, copied to @p */
static inline char *
diptych_json_write (char       *p,
                    const char *str,
                    gsize       len)
{
  memcpy (p, str, len);
  return p + len;
}

/* A copy of a known size: a few moves, no call of memcpy(). */
#define DIPTYCH_JSON_WRITE_LITERAL(p, literal) diptych_json_write ((p), (literal), sizeof (literal) - 1)

char *diptych_json_write_string (char       *p,
                                 const char *str,
                                 gsize       len);
char *diptych_json_write_uint   (char       *p,
                                 guint64     value);

G_END_DECLS
