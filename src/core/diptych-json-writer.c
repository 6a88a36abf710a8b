/* diptych-json-writer.c: JSON written by hand into a GString
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-json-writer"

#include "config.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "diptych-json-writer.h"

/* Bytes that JSON strings escape: controls, the quote, the backslash. */
static const guint8 json_escape[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
};

#define ONES G_GUINT64_CONSTANT (0x0101010101010101)

/**
 * diptych_json_append_string:
 * @str: UTF-8 text, @len bytes (NUL bytes are escaped, not an end)
 *
 * Appends @str as a JSON string, quotes included.
 */
void
diptych_json_append_string (GString    *out,
                            const char *str,
                            gsize       len)
{
  const char *end = str + len;
  const char *run = str;
  const char *p = str;

  g_string_append_c (out, '"');
  for (;;)
    {
      guchar c;

#ifdef __SSE2__
      /* Sixteen bytes at a time to the first below 0x20, '"' or '\\': the
       * quotes of a claim run to hundreds of bytes.
       */
      while (end - p >= 16)
        {
          __m128i v = _mm_loadu_si128 ((const __m128i *)(const void *)p);
          __m128i low = _mm_cmpeq_epi8 (_mm_subs_epu8 (v, _mm_set1_epi8 (0x1F)), _mm_setzero_si128 ());
          __m128i quote = _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('"'));
          __m128i backslash = _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\\'));
          int mask = _mm_movemask_epi8 (_mm_or_si128 (low, _mm_or_si128 (quote, backslash)));

          if (mask != 0)
            {
              p += __builtin_ctz (mask);
              break;
            }
          p += 16;
        }
#endif
      /* Eight bytes at a time while none is below 0x20, '"' or '\\'. */
      while (end - p >= 8)
        {
          guint64 w, low, quote, backslash;

          memcpy (&w, p, 8);
          low = (w - ONES * 0x20) & ~w;
          quote = ((w ^ (ONES * '"')) - ONES) & ~(w ^ (ONES * '"'));
          backslash = ((w ^ (ONES * '\\')) - ONES) & ~(w ^ (ONES * '\\'));
          if (((low | quote | backslash) & (ONES * 0x80)) != 0)
            break;
          p += 8;
        }
      while (p < end && !json_escape[(guchar)*p])
        p++;
      if (p == end)
        break;

      c = (guchar)*p;
      diptych_json_put (out, run, p - run);
      run = ++p;
      switch (c)
        {
        case '"':  DIPTYCH_JSON_PUT_LITERAL (out, "\\\""); break;
        case '\\': DIPTYCH_JSON_PUT_LITERAL (out, "\\\\"); break;
        case '\n': DIPTYCH_JSON_PUT_LITERAL (out, "\\n"); break;
        case '\r': DIPTYCH_JSON_PUT_LITERAL (out, "\\r"); break;
        case '\t': DIPTYCH_JSON_PUT_LITERAL (out, "\\t"); break;
        default:   g_string_append_printf (out, "\\u%04x", c); break;
        }
    }
  diptych_json_put (out, run, p - run);
  g_string_append_c (out, '"');
}

/**
 * diptych_json_append_uint:
 *
 * Appends @value in decimal: the digits from the end, two at a time
 * (printf costs more than the rest of an item's output).
 */
void
diptych_json_append_uint (GString *out,
                          guint64  value)
{
  static const char pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";
  /* The digits end halfway, so that 24 bytes from the first can be
   * copied whole: a copy of a known size takes no call of memcpy().
   */
  char digits[48];
  char *end = digits + 24;
  char *p = end;

  while (value >= 100)
    {
      p -= 2;
      memcpy (p, pairs + 2 * (value % 100), 2);
      value /= 100;
    }
  if (value >= 10)
    {
      p -= 2;
      memcpy (p, pairs + 2 * value, 2);
    }
  else
    *--p = '0' + value;

  if (G_LIKELY (out->len + 24 < out->allocated_len))
    {
      memcpy (out->str + out->len, p, 24);
      out->len += end - p;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, p, end - p);
}
