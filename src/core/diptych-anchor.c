/* diptych-anchor.c: finding an annotation's quote again in a changed text
 *
 * A quote is looked for where it was, then as an exact string elsewhere
 * (several matches are told apart by their context and by closeness to the
 * old place), then approximately: bit-parallel approximate matching
 * (Wu–Manber) with an error budget of a quarter of the quote, candidates
 * scored on errors, context and closeness. A quote found only approximately
 * has changed words: its span is widened to whole words, so that what is
 * stored as its new quote is never a cut word ("Korean Central News Se").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-anchor"

#include "config.h"

#include <string.h>

#include "diptych-anchor.h"

#define BITAP_MAX 64

static const char *status_names[] = { "exact", "relocated", "changed", "orphaned" };

G_STATIC_ASSERT (G_N_ELEMENTS (status_names) == DIPTYCH_ANCHOR_N_STATUSES);

const char *
diptych_anchor_status_to_string (DiptychAnchorStatus status)
{
  g_return_val_if_fail (status < DIPTYCH_ANCHOR_N_STATUSES, NULL);

  return status_names[status];
}

gboolean
diptych_anchor_status_from_string (const char          *str,
                                   DiptychAnchorStatus *status)
{
  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    {
      if (g_str_equal (str, status_names[i]))
        {
          if (status != NULL)
            *status = i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * diptych_anchor_make_quote:
 * @exact: (out) (optional): the text of [@start, @end)
 * @prefix: (out) (optional): up to %DIPTYCH_QUOTE_CONTEXT code points before
 * @suffix: (out) (optional): up to %DIPTYCH_QUOTE_CONTEXT code points after
 *
 * Makes the quote that lets an annotation be found again (the W3C
 * TextQuoteSelector).
 */
void
diptych_anchor_make_quote (DiptychText  *text,
                           gsize         start,
                           gsize         end,
                           char        **exact,
                           char        **prefix,
                           char        **suffix)
{
  gsize n;

  g_return_if_fail (DIPTYCH_IS_TEXT (text));
  g_return_if_fail (start <= end);

  n = diptych_text_get_n_chars (text);
  end = MIN (end, n);
  start = MIN (start, end);

  if (exact != NULL)
    *exact = diptych_text_dup_range (text, start, end);
  if (prefix != NULL)
    *prefix = diptych_text_dup_range (text, start > DIPTYCH_QUOTE_CONTEXT ? start - DIPTYCH_QUOTE_CONTEXT : 0,
                                      start);
  if (suffix != NULL)
    *suffix = diptych_text_dup_range (text, end, MIN (end + DIPTYCH_QUOTE_CONTEXT, n));
}

/* The text as code points, computed once per text. */
static const gunichar *
get_ucs4 (DiptychText *text)
{
  static GQuark quark;
  gunichar *ucs4;

  if (quark == 0)
    quark = g_quark_from_static_string ("diptych-anchor-ucs4");

  ucs4 = g_object_get_qdata (G_OBJECT (text), quark);
  if (ucs4 == NULL)
    {
      ucs4 = g_utf8_to_ucs4_fast (diptych_text_get_contents (text, NULL), -1, NULL);
      g_object_set_qdata_full (G_OBJECT (text), quark, ucs4, g_free);
    }
  return ucs4;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Apostrophes and hyphens between letters belong to the word ("don't",
 * "Russian-US"), as do a comma or point between digits ("1,200", "3.5"):
 * the tokenizer's words and numbers.
 */
static gboolean
is_inner_joiner (gunichar before,
                 gunichar c,
                 gunichar after)
{
  switch (c)
    {
    case '\'':
    case 0x2019:  /* ’ */
    case '-':
    case 0x2010:  /* hyphen */
    case 0x2011:  /* non-breaking hyphen */
      return is_word_char (before) && is_word_char (after);
    case ',':
    case '.':
      return g_unichar_isdigit (before) && g_unichar_isdigit (after);
    default:
      return FALSE;
    }
}

/* Whether a boundary between @b1 and @a1 cuts a word; @b2 comes before
 * @b1 and @a2 after @a1 (0 where there is none).
 */
static gboolean
boundary_cuts (gunichar b2,
               gunichar b1,
               gunichar a1,
               gunichar a2)
{
  return (is_word_char (b1) && is_word_char (a1)) ||
         is_inner_joiner (b1, a1, a2) ||
         is_inner_joiner (b2, b1, a1);
}

/* Whether a boundary between text[at - 1] and text[at] would cut a word. */
static gboolean
cuts_word (const gunichar *text,
           gsize           n_text,
           gsize           at)
{
  if (at == 0 || at >= n_text)
    return FALSE;

  return boundary_cuts (at >= 2 ? text[at - 2] : 0, text[at - 1], text[at],
                        at + 1 < n_text ? text[at + 1] : 0);
}

/**
 * diptych_anchor_snap_to_words:
 * @start: (inout): a span's start
 * @end: (inout): its end
 *
 * Makes [@start, @end) whole words: whitespace at its edges is left out,
 * then a start or end inside a word is moved back or forward to the
 * word's edge. Words are letters and digits with inner apostrophes and
 * hyphens, and numbers with inner commas and points.
 */
void
diptych_anchor_snap_to_words (DiptychText *text,
                              gsize       *start,
                              gsize       *end)
{
  const gunichar *ucs4;
  gsize n, s, e;

  g_return_if_fail (DIPTYCH_IS_TEXT (text));
  g_return_if_fail (start != NULL && end != NULL);

  ucs4 = get_ucs4 (text);
  n = diptych_text_get_n_chars (text);
  e = MIN (*end, n);
  s = MIN (*start, e);

  while (s < e && g_unichar_isspace (ucs4[s]))
    s++;
  while (e > s && g_unichar_isspace (ucs4[e - 1]))
    e--;
  while (s > 0 && cuts_word (ucs4, n, s))
    s--;
  while (e < n && cuts_word (ucs4, n, e))
    e++;

  *start = s;
  *end = e;
}

/* How many code points of @context agree with the text just before
 * (@before) or just after @at.
 */
static guint
context_agreement (const gunichar *text,
                   gsize           n_text,
                   gsize           at,
                   const gunichar *context,
                   gsize           n_context,
                   gboolean        before)
{
  guint n = 0;

  if (before)
    {
      while (n < n_context && n < at && text[at - 1 - n] == context[n_context - 1 - n])
        n++;
    }
  else
    {
      while (n < n_context && at + n < n_text && text[at + n] == context[n])
        n++;
    }
  return n;
}

typedef struct
{
  const gunichar *text;
  gsize           n_text;
  const gunichar *pattern;  /* the quote */
  gsize           m;
  gunichar       *prefix;
  glong           n_prefix;
  gunichar       *suffix;
  glong           n_suffix;
  gsize           old_start;
} Context;

/* Lower is better: context first, then closeness to the old place. */
static double
placement_cost (const Context *ctx,
                gsize          start,
                gsize          end)
{
  guint agree = context_agreement (ctx->text, ctx->n_text, start, ctx->prefix, ctx->n_prefix, TRUE) +
                context_agreement (ctx->text, ctx->n_text, end, ctx->suffix, ctx->n_suffix, FALSE);
  gsize distance = start > ctx->old_start ? start - ctx->old_start : ctx->old_start - start;

  return (2 * DIPTYCH_QUOTE_CONTEXT - agree) + (double)distance / (ctx->n_text + 1);
}

/* Whether the quote's words at [@start, @end) run on into a longer word
 * where the marked words did not: "people" inside "peoples" is not the
 * same words.
 */
static gboolean
grows_into_word (const Context *ctx,
                 gsize          start,
                 gsize          end)
{
  const gunichar *q = ctx->pattern;
  gsize m = ctx->m;
  gsize np = ctx->n_prefix, ns = ctx->n_suffix;

  if (m == 0)
    return FALSE;

  if (cuts_word (ctx->text, ctx->n_text, start) &&
      !boundary_cuts (np >= 2 ? ctx->prefix[np - 2] : 0, np >= 1 ? ctx->prefix[np - 1] : 0,
                      q[0], m >= 2 ? q[1] : 0))
    return TRUE;
  if (cuts_word (ctx->text, ctx->n_text, end) &&
      !boundary_cuts (m >= 2 ? q[m - 2] : 0, q[m - 1],
                      ns >= 1 ? ctx->suffix[0] : 0, ns >= 2 ? ctx->suffix[1] : 0))
    return TRUE;
  return FALSE;
}

static gboolean
find_exact (DiptychText   *text,
            const Context *ctx,
            const char    *exact,
            gsize          n_exact_chars,
            gsize         *best_start)
{
  const char *contents = diptych_text_get_contents (text, NULL);
  double best_cost = G_MAXDOUBLE;
  gboolean found = FALSE;

  for (const char *p = strstr (contents, exact); p != NULL; p = strstr (p + 1, exact))
    {
      gsize start = diptych_text_byte_to_char (text, p - contents);
      double cost = placement_cost (ctx, start, start + n_exact_chars);

      if (grows_into_word (ctx, start, start + n_exact_chars))
        continue;
      if (cost < best_cost)
        {
          best_cost = cost;
          *best_start = start;
          found = TRUE;
        }
    }
  return found;
}

static guint
edit_distance (const gunichar *a,
               gsize           n_a,
               const gunichar *b,
               gsize           n_b)
{
  g_autofree guint *row = g_new (guint, n_b + 1);

  for (gsize j = 0; j <= n_b; j++)
    row[j] = j;
  for (gsize i = 1; i <= n_a; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (gsize j = 1; j <= n_b; j++)
        {
          guint above = row[j];
          guint cost = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);

          cost = MIN (cost, above + 1);
          cost = MIN (cost, row[j - 1] + 1);
          row[j] = cost;
          diagonal = above;
        }
    }
  return row[n_b];
}

static gboolean align_to_end (const Context  *ctx,
                              const gunichar *pattern,
                              gsize           m,
                              gsize           end,
                              guint           max_errors,
                              gsize          *start);

/* Approximate search of @pattern (at most BITAP_MAX code points) in
 * text[from, to) with at most @max_errors errors. Returns the end (exclusive)
 * of the best match and its start, found by aligning the pattern there.
 */
static gboolean
bitap (const Context  *ctx,
       const gunichar *pattern,
       gsize           m,
       gsize           from,
       gsize           to,
       guint           max_errors,
       gsize          *match_start,
       gsize          *match_end)
{
  g_autoptr(GHashTable) masks = g_hash_table_new (NULL, NULL);
  g_autofree guint64 *r = g_new (guint64, max_errors + 1);
  guint64 accept;
  double best_cost = G_MAXDOUBLE;
  gboolean found = FALSE;

  g_assert (m > 0 && m <= BITAP_MAX);

  for (gsize i = 0; i < m; i++)
    {
      guint64 mask = GPOINTER_TO_SIZE (g_hash_table_lookup (masks, GUINT_TO_POINTER (pattern[i])));

      g_hash_table_insert (masks, GUINT_TO_POINTER (pattern[i]),
                           GSIZE_TO_POINTER (mask | ((guint64)1 << i)));
    }
  G_STATIC_ASSERT (sizeof (gsize) >= sizeof (guint64));

  accept = (guint64)1 << (m - 1);
  for (guint d = 0; d <= max_errors; d++)
    r[d] = d == 0 ? 0 : ((guint64)1 << MIN (d, 63)) - 1;

  for (gsize j = from; j < to; j++)
    {
      guint64 mask = GPOINTER_TO_SIZE (g_hash_table_lookup (masks, GUINT_TO_POINTER (ctx->text[j])));
      guint64 previous = r[0];

      r[0] = ((r[0] << 1) | 1) & mask;
      for (guint d = 1; d <= max_errors; d++)
        {
          guint64 old = r[d];

          r[d] = (((old << 1) | 1) & mask) |      /* match */
                 previous |                        /* an extra character in the text */
                 ((previous << 1) | 1) |           /* a substitution */
                 ((r[d - 1] << 1) | 1);            /* a character missing from the text */
          previous = old;
        }

      for (guint d = 0; d <= max_errors; d++)
        {
          if (r[d] & accept)
            {
              gsize end = j + 1;
              gsize estimate = end >= m ? end - m : 0;
              double cost = d * 4 * DIPTYCH_QUOTE_CONTEXT + placement_cost (ctx, estimate, end);

              if (cost < best_cost)
                {
                  best_cost = cost;
                  *match_end = end;
                  found = TRUE;
                }
              break;
            }
        }
    }

  if (found)
    found = align_to_end (ctx, pattern, m, *match_end, max_errors, match_start) &&
            *match_start >= from;

  return found;
}

/* The end that best aligns the whole pattern from @start. */
static gboolean
align_from_start (const Context  *ctx,
                  const gunichar *pattern,
                  gsize           m,
                  gsize           start,
                  guint           max_errors,
                  gsize          *end)
{
  gsize lo = start + (m > max_errors ? m - max_errors : 0);
  gsize hi = MIN (start + m + max_errors, ctx->n_text);
  guint best = G_MAXUINT;

  for (gsize e = lo; e <= hi; e++)
    {
      guint distance = edit_distance (pattern, m, ctx->text + start, e - start);

      /* Of equally good ends, one that does not cut a word. */
      if (distance < best ||
          (distance == best && cuts_word (ctx->text, ctx->n_text, *end) &&
           !cuts_word (ctx->text, ctx->n_text, e)))
        {
          best = distance;
          *end = e;
        }
    }
  return best <= max_errors;
}

/* The start that best aligns the whole pattern up to @end. */
static gboolean
align_to_end (const Context  *ctx,
              const gunichar *pattern,
              gsize           m,
              gsize           end,
              guint           max_errors,
              gsize          *start)
{
  gsize lo = end > m + max_errors ? end - m - max_errors : 0;
  gsize hi = end > m - MIN (m, max_errors) ? end - (m - MIN (m, max_errors)) : 0;
  guint best = G_MAXUINT;

  for (gsize s = lo; s <= hi; s++)
    {
      guint distance = edit_distance (pattern, m, ctx->text + s, end - s);

      if (distance < best ||
          (distance == best && cuts_word (ctx->text, ctx->n_text, *start) &&
           !cuts_word (ctx->text, ctx->n_text, s)))
        {
          best = distance;
          *start = s;
        }
    }
  return best <= max_errors;
}

/**
 * diptych_anchor_locate:
 * @text: the article as it is now
 * @exact: the annotated text as it was
 * @prefix: (nullable): the text just before it
 * @suffix: (nullable): the text just after it
 * @old_start: where it started
 * @old_end: where it ended
 * @new_start: (out): where it starts now, unless orphaned
 * @new_end: (out): where it ends now, unless orphaned
 *
 * Returns: exact when [@old_start, @old_end) still holds @exact; relocated
 *   when @exact was found elsewhere; changed when text like it was found
 *   but its words differ (then the span is whole words, see
 *   diptych_anchor_snap_to_words()); orphaned when it was not found (then
 *   @new_start and @new_end are not set)
 */
DiptychAnchorStatus
diptych_anchor_locate (DiptychText *text,
                       const char  *exact,
                       const char  *prefix,
                       const char  *suffix,
                       gsize        old_start,
                       gsize        old_end,
                       gsize       *new_start,
                       gsize       *new_end)
{
  g_autofree gunichar *pattern = NULL;
  Context ctx = { 0 };
  glong m = 0;
  gsize start = 0, end = 0;
  guint max_errors;
  DiptychAnchorStatus status = DIPTYCH_ANCHOR_ORPHANED;

  g_return_val_if_fail (DIPTYCH_IS_TEXT (text), DIPTYCH_ANCHOR_ORPHANED);
  g_return_val_if_fail (exact != NULL, DIPTYCH_ANCHOR_ORPHANED);
  g_return_val_if_fail (new_start != NULL && new_end != NULL, DIPTYCH_ANCHOR_ORPHANED);

  pattern = g_utf8_to_ucs4_fast (exact, -1, &m);
  ctx.text = get_ucs4 (text);
  ctx.n_text = diptych_text_get_n_chars (text);
  ctx.pattern = pattern;
  ctx.m = m;
  ctx.prefix = g_utf8_to_ucs4_fast (prefix ? prefix : "", -1, &ctx.n_prefix);
  ctx.suffix = g_utf8_to_ucs4_fast (suffix ? suffix : "", -1, &ctx.n_suffix);
  ctx.old_start = old_start;

  /* Still where it was? */
  if (old_start <= old_end && old_end <= ctx.n_text && old_end - old_start == (gsize)m &&
      memcmp (ctx.text + old_start, pattern, m * sizeof (gunichar)) == 0 &&
      !grows_into_word (&ctx, old_start, old_end))
    {
      start = old_start;
      end = old_end;
      status = DIPTYCH_ANCHOR_EXACT;
      goto out;
    }

  if (m == 0)
    goto out;

  if (find_exact (text, &ctx, exact, m, &start))
    {
      end = start + m;
      status = DIPTYCH_ANCHOR_RELOCATED;
      goto out;
    }

  max_errors = MAX (1, m / 4);
  if (m <= BITAP_MAX)
    {
      if (bitap (&ctx, pattern, m, 0, ctx.n_text, max_errors, &start, &end))
        status = DIPTYCH_ANCHOR_CHANGED;
    }
  else
    {
      /* A long quote: its head (or, when the head was edited, its tail) is
       * found approximately, then the whole quote is aligned from there.
       */
      gsize head_start, head_end, tail_start, tail_end;
      guint errors = BITAP_MAX / 4;

      if (bitap (&ctx, pattern, BITAP_MAX, 0, ctx.n_text, errors, &head_start, &head_end) &&
          align_from_start (&ctx, pattern, m, head_start, max_errors, &end))
        {
          start = head_start;
          status = DIPTYCH_ANCHOR_CHANGED;
        }
      else if (bitap (&ctx, pattern + m - BITAP_MAX, BITAP_MAX, 0, ctx.n_text, errors,
                      &tail_start, &tail_end) &&
               align_to_end (&ctx, pattern, m, tail_end, max_errors, &start))
        {
          end = tail_end;
          status = DIPTYCH_ANCHOR_CHANGED;
        }
    }

  if (status == DIPTYCH_ANCHOR_CHANGED)
    {
      diptych_anchor_snap_to_words (text, &start, &end);
      if (start == end)
        status = DIPTYCH_ANCHOR_ORPHANED;
    }

out:
  g_free (ctx.prefix);
  g_free (ctx.suffix);

  if (status != DIPTYCH_ANCHOR_ORPHANED)
    {
      *new_start = start;
      *new_end = end;
    }
  return status;
}
