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

/* The escape of @c, one of the bytes json_escape marks. */
static char *
write_escape (char   *p,
              guchar  c)
{
  static const char hex[] = "0123456789abcdef";

  *p++ = '\\';
  switch (c)
    {
    case '"':
    case '\\': *p++ = c; break;
    case '\n': *p++ = 'n'; break;
    case '\r': *p++ = 'r'; break;
    case '\t': *p++ = 't'; break;
    default:
      p = DIPTYCH_JSON_WRITE_LITERAL (p, "u00");
      *p++ = hex[c >> 4];
      *p++ = hex[c & 0xF];
      break;
    }
  return p;
}

#ifdef __SSE2__
/* A bit for each of the sixteen bytes of @v below 0x20, '"' or '\\'. */
static inline int
escape_mask (__m128i v)
{
  __m128i low = _mm_cmpeq_epi8 (_mm_subs_epu8 (v, _mm_set1_epi8 (0x1F)), _mm_setzero_si128 ());
  __m128i quote = _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('"'));
  __m128i backslash = _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\\'));

  return _mm_movemask_epi8 (_mm_or_si128 (low, _mm_or_si128 (quote, backslash)));
}
#endif

/* @str escaped at @p, which has DIPTYCH_JSON_STRING_ROOM (@len) bytes of
 * room: enough that the bytes are copied in blocks of eight or sixteen,
 * stored whole before they are checked.
 */
static char *
write_escaped (char       *p,
               const char *str,
               gsize       len)
{
  const char *end = str + len;
#ifdef __SSE2__
  const char *verbatim = str;  /* from here to @str, copied as they are */
#endif

  for (;;)
    {
#ifdef __SSE2__
      /* Sixteen bytes at a time to the first below 0x20, '"' or '\\': the
       * quotes of a claim run to hundreds of bytes.
       */
      while (end - str >= 16)
        {
          __m128i v = _mm_loadu_si128 ((const __m128i *)(const void *)str);
          int mask = escape_mask (v);

          _mm_storeu_si128 ((__m128i *)(void *)p, v);
          if (mask != 0)
            {
              str += __builtin_ctz (mask);
              p += __builtin_ctz (mask);
              break;
            }
          str += 16;
          p += 16;
        }
      /* The last few bytes as the sixteen that end @str, when those
       * before the few were copied as they are: storing them again
       * changes nothing.
       */
      if (str < end && end - str < 16 && end - verbatim >= 16)
        {
          gsize back = 16 - (end - str);
          __m128i v = _mm_loadu_si128 ((const __m128i *)(const void *)(end - 16));
          int mask = escape_mask (v) >> back;

          _mm_storeu_si128 ((__m128i *)(void *)(p - back), v);
          if (mask == 0)
            return p + (end - str);
          str += __builtin_ctz (mask);
          p += __builtin_ctz (mask);
        }
#endif
      /* Eight bytes at a time while none is below 0x20, '"' or '\\'. */
      while (end - str >= 8)
        {
          guint64 w, low, quote, backslash;

          memcpy (&w, str, 8);
          low = (w - ONES * 0x20) & ~w;
          quote = ((w ^ (ONES * '"')) - ONES) & ~(w ^ (ONES * '"'));
          backslash = ((w ^ (ONES * '\\')) - ONES) & ~(w ^ (ONES * '\\'));
          if (((low | quote | backslash) & (ONES * 0x80)) != 0)
            break;
          memcpy (p, &w, 8);
          str += 8;
          p += 8;
        }
      while (str < end && !json_escape[(guchar)*str])
        *p++ = *str++;
      if (str == end)
        return p;
      p = write_escape (p, (guchar)*str++);
#ifdef __SSE2__
      verbatim = str;
#endif
    }
}

/**
 * diptych_json_write_string:
 * @p: where to write, with DIPTYCH_JSON_STRING_ROOM (@len) bytes of room
 * @str: UTF-8 text, @len bytes (NUL bytes are escaped, not an end)
 *
 * Writes @str as a JSON string, quotes included.
 *
 * Returns: the cursor past it
 */
char *
diptych_json_write_string (char       *p,
                           const char *str,
                           gsize       len)
{
  *p++ = '"';
  p = write_escaped (p, str, len);
  *p++ = '"';
  return p;
}

/* Room for the worst case of a long string, six times its length, is
 * asked for a piece at a time.
 */
#define ESCAPE_PIECE 4096

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
  g_string_append_c (out, '"');
  for (gsize done = 0; done < len; done += ESCAPE_PIECE)
    {
      gsize n = MIN (len - done, ESCAPE_PIECE);

      diptych_json_commit (out, write_escaped (diptych_json_reserve (out, DIPTYCH_JSON_STRING_ROOM (n)),
                                               str + done, n));
    }
  g_string_append_c (out, '"');
}

/**
 * diptych_json_write_uint:
 * @p: where to write, with %DIPTYCH_JSON_UINT_ROOM bytes of room
 *
 * Writes @value in decimal: the digits from the last, two at a time
 * (printf costs more than the rest of an item's output).
 *
 * Returns: the cursor past the digits
 */
char *
diptych_json_write_uint (char    *p,
                         guint64  value)
{
  static const char pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";
  /* The digits end halfway, so that the room's size from the first can
   * be copied whole: a copy of a known size takes no call of memcpy().
   */
  char digits[2 * DIPTYCH_JSON_UINT_ROOM];
  char *end = digits + DIPTYCH_JSON_UINT_ROOM;
  char *q = end;
  guint32 low;

  while (value > G_MAXUINT32)
    {
      q -= 2;
      memcpy (q, pairs + 2 * (value % 100), 2);
      value /= 100;
    }
  /* Ids and offsets start here, where a division is cheaper: four
   * digits a step, then the two pairs of those.
   */
  low = value;
  while (low >= 10000)
    {
      guint32 four = low % 10000;

      low /= 10000;
      q -= 4;
      memcpy (q, pairs + 2 * (four / 100), 2);
      memcpy (q + 2, pairs + 2 * (four % 100), 2);
    }
  if (low >= 100)
    {
      q -= 2;
      memcpy (q, pairs + 2 * (low % 100), 2);
      low /= 100;
    }
  if (low >= 10)
    {
      q -= 2;
      memcpy (q, pairs + 2 * low, 2);
    }
  else
    *--q = '0' + low;

  memcpy (p, q, DIPTYCH_JSON_UINT_ROOM);
  return p + (end - q);
}

/**
 * diptych_json_append_uint:
 *
 * Appends @value in decimal.
 */
void
diptych_json_append_uint (GString *out,
                          guint64  value)
{
  char *p = diptych_json_reserve (out, DIPTYCH_JSON_UINT_ROOM);

  diptych_json_commit (out, diptych_json_write_uint (p, value));
}

/**
 * _diptych_json_grow:
 *
 * diptych_json_reserve() when @out has not @room bytes free: grows its
 * buffer, as appending would, and leaves its contents as they were.
 */
void
_diptych_json_grow (GString *out,
                    gsize    room)
{
  gsize len = out->len;

  g_string_set_size (out, len + room);
  g_string_truncate (out, len);
}
