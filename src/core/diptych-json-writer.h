/* diptych-json-writer.h: JSON written by hand into a GString, for outputs
 * with tens of thousands of items (diff changes, suggestions), where a
 * JsonNode tree or printf per member costs more than computing them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

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

G_END_DECLS
