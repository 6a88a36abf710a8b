/* diptych-json-check.c: a strict, non-recursive check of JSON bytes
 *
 * json-glib accepts what a sidecar must not hold: a second document after
 * the first, a member twice in one object (the last one wins, the others
 * are dropped), "\u0000" (which cuts a string short), lone surrogates
 * (written back as bytes that are not UTF-8), and it recurses once per
 * level of nesting, so that deep nesting overflows the stack. These bytes
 * are checked here first, in one pass with a bounded stack of our own, and
 * refused with the line and column of the first problem.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-json-check"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "diptych-json-check.h"

G_DEFINE_QUARK (diptych-json-check-error-quark, diptych_json_check_error)

typedef enum
{
  EXPECT_VALUE,
  EXPECT_VALUE_OR_CLOSE,  /* just after '[' */
  EXPECT_KEY,
  EXPECT_KEY_OR_CLOSE,    /* just after '{' */
  EXPECT_COLON,
  AFTER_VALUE,
} State;

typedef struct
{
  gboolean    is_object;
  GHashTable *keys;       /* names seen in this object; reused level by level */
} Frame;

typedef struct
{
  const guchar  *start;
  const guchar  *p;
  const guchar  *end;
  GError       **error;
} Scanner;

static gboolean
refuse (Scanner    *s,
        const char *format,
        ...) G_GNUC_PRINTF (2, 3);

static gboolean
refuse (Scanner    *s,
        const char *format,
        ...)
{
  g_autofree char *detail = NULL;
  guint line = 1, column = 1;
  va_list args;

  for (const guchar *q = s->start; q < s->p; q++)
    {
      if (*q == '\n')
        line++, column = 1;
      else if ((*q & 0xC0) != 0x80)
        column++;
    }

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: line:column where JSON is wrong, then what is wrong */
  g_set_error (s->error, DIPTYCH_JSON_CHECK_ERROR, DIPTYCH_JSON_CHECK_ERROR_INVALID,
               _("%u:%u: %s"), line, column, detail);
  return FALSE;
}

static void
skip_space (Scanner *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
    s->p++;
}

static int
hex4 (const guchar *p)
{
  int value = 0;

  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* A string from its opening quote; its decoded value goes to @out. */
static gboolean
scan_string (Scanner *s,
             GString *out)
{
  s->p++;
  for (;;)
    {
      const guchar *run = s->p;
      guchar c;

      while (s->p < s->end && *s->p >= 0x20 && *s->p < 0x80 && *s->p != '"' && *s->p != '\\')
        s->p++;
      if (out != NULL)
        g_string_append_len (out, (const char *)run, s->p - run);

      if (s->p == s->end)
        return refuse (s, _("a string is not closed"));

      c = *s->p;
      if (c == '"')
        {
          s->p++;
          return TRUE;
        }
      if (c < 0x20)
        return refuse (s, _("a control character inside a string"));
      if (c >= 0x80)
        {
          gunichar ch = g_utf8_get_char_validated ((const char *)s->p, s->end - s->p);

          if (ch == (gunichar)-1 || ch == (gunichar)-2)
            return refuse (s, _("bytes that are not UTF-8"));
          if (out != NULL)
            g_string_append_unichar (out, ch);
          s->p = (const guchar *)g_utf8_next_char (s->p);
          continue;
        }

      /* A backslash */
      if (s->end - s->p < 2)
        return refuse (s, _("a string is not closed"));
      c = s->p[1];
      if (c == 'u')
        {
          int unit = s->end - s->p >= 6 ? hex4 (s->p + 2) : -1;
          gunichar ch;

          if (unit < 0)
            return refuse (s, _("“\\u” must be followed by four hexadecimal digits"));
          if (unit == 0)
            return refuse (s, _("“\\u0000” (a NUL character) is not allowed"));
          if (unit >= 0xDC00 && unit <= 0xDFFF)
            return refuse (s, _("a lone low surrogate (“\\u%04X”)"), (guint)unit);
          ch = unit;
          if (unit >= 0xD800 && unit <= 0xDBFF)
            {
              int low = (s->end - s->p >= 12 && s->p[6] == '\\' && s->p[7] == 'u') ?
                        hex4 (s->p + 8) : -1;

              if (low < 0xDC00 || low > 0xDFFF)
                return refuse (s, _("a lone high surrogate (“\\u%04X”)"), (guint)unit);
              ch = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
              s->p += 6;
            }
          if (out != NULL)
            g_string_append_unichar (out, ch);
          s->p += 6;
          continue;
        }

      if (out != NULL)
        {
          const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
          const char *at = c != '\0' ? strchr (from, c) : NULL;

          if (at != NULL)
            g_string_append_c (out, to[at - from]);
        }
      if (c == '\0' || strchr ("\"\\/bfnrt", c) == NULL)
        return refuse (s, _("an unknown escape in a string"));
      s->p += 2;
    }
}

static gboolean
scan_digits (Scanner *s)
{
  const guchar *first = s->p;

  while (s->p < s->end && g_ascii_isdigit (*s->p))
    s->p++;
  return s->p > first;
}

static gboolean
scan_number (Scanner *s)
{
  const guchar *start = s->p;
  gboolean exponent;

  if (*s->p == '-')
    s->p++;
  if (s->p < s->end && *s->p == '0')
    s->p++;
  else if (!scan_digits (s))
    return (s->p = start, refuse (s, _("an invalid number")));
  if (s->p < s->end && *s->p == '.')
    {
      s->p++;
      if (!scan_digits (s))
        return (s->p = start, refuse (s, _("an invalid number")));
    }
  exponent = s->p < s->end && (*s->p == 'e' || *s->p == 'E');
  if (exponent)
    {
      s->p++;
      if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
        s->p++;
      if (!scan_digits (s))
        return (s->p = start, refuse (s, _("an invalid number")));
    }
  /* "1e999" reads as infinity, which cannot be written back as JSON;
   * only an exponent or some 300 digits can go that far
   */
  if (exponent || s->p - start > 300)
    {
      g_autofree char *number = g_strndup ((const char *)start, s->p - start);

      if (!isfinite (g_ascii_strtod (number, NULL)))
        return (s->p = start, refuse (s, _("a number too large")));
    }
  return TRUE;
}

static gboolean
scan_word (Scanner    *s,
           const char *word)
{
  gsize n = strlen (word);

  if ((gsize)(s->end - s->p) < n || memcmp (s->p, word, n) != 0)
    return refuse (s, _("a value was expected here"));
  s->p += n;
  return TRUE;
}

/**
 * diptych_json_check:
 * @data: JSON text, not necessarily NUL-terminated
 * @max_depth: how many objects and arrays may nest
 *
 * Checks that @data is exactly one JSON value, in UTF-8, whose strings
 * hold no NUL and no lone surrogate, whose objects name each member once,
 * nested at most @max_depth deep. Uses a fixed amount of stack.
 *
 * Returns: whether @data passed, or %FALSE with @error set to where it did
 *   not, as line:column ("3:7: …", both counted from 1, columns in
 *   characters)
 */
gboolean
diptych_json_check (const char  *data,
                    gsize        length,
                    guint        max_depth,
                    GError     **error)
{
  Scanner s = { (const guchar *)data, (const guchar *)data, (const guchar *)data + length, error };
  g_autofree Frame *frames = g_new0 (Frame, max_depth + 1);
  g_autoptr(GString) key = g_string_new (NULL);
  State state = EXPECT_VALUE;
  guint depth = 0;
  gboolean ok = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  for (;;)
    {
      guchar c;

      skip_space (&s);
      if (s.p == s.end)
        {
          if (state == AFTER_VALUE && depth == 0)
            ok = TRUE;
          else if (s.p == s.start)
            refuse (&s, _("there is no JSON value"));
          else
            refuse (&s, _("the data ends too early"));
          break;
        }
      c = *s.p;

      if (state == EXPECT_VALUE_OR_CLOSE && c == ']')
        {
          depth--;
          s.p++;
          state = AFTER_VALUE;
          continue;
        }
      if (state == EXPECT_KEY_OR_CLOSE && c == '}')
        {
          depth--;
          s.p++;
          state = AFTER_VALUE;
          continue;
        }

      if (state == EXPECT_VALUE || state == EXPECT_VALUE_OR_CLOSE)
        {
          if (c == '{' || c == '[')
            {
              Frame *frame;

              if (depth == max_depth)
                {
                  refuse (&s, _("objects and lists nest more than %u deep"), max_depth);
                  break;
                }
              frame = &frames[depth++];
              frame->is_object = c == '{';
              if (frame->is_object && frame->keys != NULL)
                g_hash_table_remove_all (frame->keys);
              s.p++;
              state = frame->is_object ? EXPECT_KEY_OR_CLOSE : EXPECT_VALUE_OR_CLOSE;
              continue;
            }
          if (c == '"')
            ok = scan_string (&s, NULL);
          else if (c == '-' || g_ascii_isdigit (c))
            ok = scan_number (&s);
          else if (c == 't')
            ok = scan_word (&s, "true");
          else if (c == 'f')
            ok = scan_word (&s, "false");
          else if (c == 'n')
            ok = scan_word (&s, "null");
          else
            ok = refuse (&s, _("a value was expected here"));
          if (!ok)
            break;
          ok = FALSE;
          state = AFTER_VALUE;
        }
      else if (state == EXPECT_KEY || state == EXPECT_KEY_OR_CLOSE)
        {
          Frame *frame = &frames[depth - 1];
          const guchar *at = s.p;

          if (c != '"')
            {
              refuse (&s, _("a member name in double quotes was expected here"));
              break;
            }
          g_string_truncate (key, 0);
          if (!scan_string (&s, key))
            break;
          if (frame->keys == NULL)
            frame->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          if (!g_hash_table_add (frame->keys, g_strndup (key->str, key->len)))
            {
              s.p = at;
              refuse (&s, _("the member “%s” is there twice in one object"), key->str);
              break;
            }
          state = EXPECT_COLON;
        }
      else if (state == EXPECT_COLON)
        {
          if (c != ':')
            {
              refuse (&s, _("“:” was expected here"));
              break;
            }
          s.p++;
          state = EXPECT_VALUE;
        }
      else /* AFTER_VALUE */
        {
          Frame *frame = depth > 0 ? &frames[depth - 1] : NULL;

          if (frame == NULL)
            {
              refuse (&s, _("there is more after the end of the JSON value"));
              break;
            }
          if (c == ',')
            state = frame->is_object ? EXPECT_KEY : EXPECT_VALUE;
          else if (c == (frame->is_object ? '}' : ']'))
            depth--;
          else
            {
              refuse (&s, frame->is_object ? _("“,” or “}” was expected here")
                                           : _("“,” or “]” was expected here"));
              break;
            }
          s.p++;
        }
    }

  for (guint i = 0; i <= max_depth; i++)
    g_clear_pointer (&frames[i].keys, g_hash_table_unref);
  return ok;
}
