/* test-json-writer.c: JSON strings and numbers written by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "diptych-json-writer.h"

/* The escapes one byte at a time, as the writer must give them. */
static char *
escape_plainly (const char *str,
                gsize       len)
{
  GString *out = g_string_new ("\"");

  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar)str[i];

      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, c);
        }
    }
  g_string_append_c (out, '"');
  return g_string_free (out, FALSE);
}

/* Every length up to a few blocks of sixteen, with an escape (or none) at
 * every place: the blocks, their tails and the overlapping last block.
 */
static void
test_string_escapes (void)
{
  static const char escapes[] = { '"', '\\', '\n', '\r', '\t', '\x01', '\x1f', '\0' };

  for (gsize len = 0; len <= 50; len++)
    for (gsize at = 0; at <= len; at++)
      for (guint e = 0; e < G_N_ELEMENTS (escapes); e++)
        {
          g_autofree char *str = g_malloc (len + 1);
          g_autofree char *expected = NULL;
          g_autoptr(GString) appended = g_string_new ("x");
          g_autofree char *written = g_malloc (DIPTYCH_JSON_STRING_ROOM (len));
          char *end;

          for (gsize i = 0; i < len; i++)
            str[i] = "abcdéfgh"[i % 8];
          if (at < len)
            str[at] = escapes[e];
          if (len > 20 && at + 17 < len)
            str[len - 1] = escapes[(e + 1) % G_N_ELEMENTS (escapes)];
          expected = escape_plainly (str, len);

          end = diptych_json_write_string (written, str, len);
          g_assert_cmpmem (written, end - written, expected, strlen (expected));

          diptych_json_append_string (appended, str, len);
          g_assert_cmpstr (appended->str + 1, ==, expected);
        }
}

/* A long string goes in pieces: escapes on either side of their ends. */
static void
test_string_long (void)
{
  gsize len = 3 * 4096 + 7;
  g_autofree char *str = g_malloc (len);
  g_autofree char *expected = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  for (gsize i = 0; i < len; i++)
    str[i] = i % 4095 == 0 ? '\x02' : i % 97 == 0 ? '"' : 'a' + i % 26;
  expected = escape_plainly (str, len);
  diptych_json_append_string (out, str, len);
  g_assert_cmpstr (out->str, ==, expected);
}

static void
test_uint (void)
{
  static const guint64 values[] = {
    0, 9, 10, 99, 100, 999, 1000, 9999, 10000, 99999, 100000, 12345678, 99999999, 100000000,
    G_MAXUINT32 - 1, G_MAXUINT32, (guint64)G_MAXUINT32 + 1, G_GUINT64_CONSTANT (1000000000000),
    G_GUINT64_CONSTANT (10000000000000000000), G_MAXUINT64,
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *expected = g_strdup_printf ("%" G_GUINT64_FORMAT, values[i]);
      g_autoptr(GString) out = g_string_new ("[");
      char written[DIPTYCH_JSON_UINT_ROOM];
      char *end = diptych_json_write_uint (written, values[i]);

      g_assert_cmpmem (written, end - written, expected, strlen (expected));
      diptych_json_append_uint (out, values[i]);
      g_assert_cmpstr (out->str + 1, ==, expected);
    }
}

/* Room made as a reserve asks keeps what was there. */
static void
test_reserve (void)
{
  g_autoptr(GString) out = g_string_sized_new (4);
  char *p;

  g_string_append (out, "abc");
  p = diptych_json_reserve (out, 1000);
  g_assert_cmpuint (out->allocated_len, >, out->len + 1000);
  p = DIPTYCH_JSON_WRITE_LITERAL (p, "def");
  diptych_json_commit (out, p);
  g_assert_cmpstr (out->str, ==, "abcdef");
  g_assert_cmpuint (out->len, ==, 6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diptych/json-writer/string-escapes", test_string_escapes);
  g_test_add_func ("/diptych/json-writer/string-long", test_string_long);
  g_test_add_func ("/diptych/json-writer/uint", test_uint);
  g_test_add_func ("/diptych/json-writer/reserve", test_reserve);

  return g_test_run ();
}
