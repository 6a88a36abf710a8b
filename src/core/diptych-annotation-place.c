/* diptych-annotation-place.c: placing an article's annotations in its
 * text as it is now
 *
 * Each annotation is looked for word for word where it was, or anywhere
 * with enough of its context; those not found so are looked for near
 * where the annotations around them went (see diptych-anchor.c for how
 * one quote is found).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-annotation-place"

#include "config.h"

#include "diptych-anchor.h"
#include "diptych-annotation-place.h"

/* One annotation being placed: where it was, where it is found. */
typedef struct
{
  DiptychAnnotation   *annotation;
  gsize                old_start;
  gsize                old_end;
  gsize                start;
  gsize                end;
  DiptychAnchorStatus  status;
} Placing;

/* By old place, then by their order in the sidecar. */
static gint
compare_old_places (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const Placing *placings = user_data;
  guint ia = *(const guint *)a, ib = *(const guint *)b;

  if (placings[ia].old_start != placings[ib].old_start)
    return placings[ia].old_start < placings[ib].old_start ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

static gboolean
is_placed (const Placing *p)
{
  return p->status != DIPTYCH_ANCHOR_ORPHANED;
}

/* Where @p's quote is looked for when its words changed: between where
 * the annotations just before and just after it were placed (@before and
 * @after, %NULL when there are none), and where it is expected, shifted
 * like the nearer of them; never farther than DIPTYCH_ANCHOR_REACH.
 */
static void
changed_window (const Placing *p,
                const Placing *before,
                const Placing *after,
                gsize          n_chars,
                gsize         *expected,
                gsize         *from,
                gsize         *to)
{
  const Placing *nearer = before;
  gsize length = p->old_end > p->old_start ? p->old_end - p->old_start : 0;
  gsize slack = length + 32;
  gint64 shift = 0;
  gsize lo, hi;

  if (after != NULL &&
      (nearer == NULL || after->old_start - p->old_start < p->old_start - nearer->old_start))
    nearer = after;
  if (nearer != NULL)
    shift = (gint64)nearer->start - (gint64)nearer->old_start;
  *expected = (gsize)CLAMP ((gint64)p->old_start + shift, 0, (gint64)n_chars);

  lo = before != NULL ? MIN (before->start, *expected) : 0;
  hi = after != NULL ? MAX (after->end, *expected + length) : n_chars;
  lo = lo > slack ? lo - slack : 0;
  hi = hi + slack;
  *from = MAX (lo, *expected > DIPTYCH_ANCHOR_REACH ? *expected - DIPTYCH_ANCHOR_REACH : 0);
  *to = MIN (MIN (hi, *expected + length + DIPTYCH_ANCHOR_REACH), n_chars);
}

/* Whether the annotation's words are at its offsets. */
static gboolean
is_in_place (const Placing *p,
             DiptychText   *text)
{
  g_autofree char *there = NULL;

  if (p->old_start > p->old_end || p->old_end > diptych_text_get_n_chars (text))
    return FALSE;
  there = diptych_text_dup_range (text, p->old_start, p->old_end);
  return g_str_equal (there, diptych_annotation_get_exact (p->annotation));
}

static void
place_in_context (Placing     *p,
                  DiptychText *text,
                  gboolean     saved_with_text)
{
  DiptychAnnotation *a = p->annotation;
  const char *previous = diptych_annotation_get_previous_exact (a);

  /* Saved with this very text: the offsets are right, even where the
   * context kept with a relocated quote is the one it had before.
   */
  if (saved_with_text && is_in_place (p, text))
    {
      p->start = p->old_start;
      p->end = p->old_end;
      p->status = DIPTYCH_ANCHOR_EXACT;
      return;
    }

  p->status = diptych_anchor_locate_in_context (text, diptych_annotation_get_exact (a),
                                                diptych_annotation_get_prefix (a),
                                                diptych_annotation_get_suffix (a),
                                                p->old_start, p->old_end, &p->start, &p->end);
  if (p->status == DIPTYCH_ANCHOR_ORPHANED && previous != NULL)
    p->status = diptych_anchor_locate_in_context (text, previous,
                                                  diptych_annotation_get_previous_prefix (a),
                                                  diptych_annotation_get_previous_suffix (a),
                                                  p->old_start, p->old_end, &p->start, &p->end);
}

static void
place_near (Placing       *p,
            const Placing *before,
            const Placing *after,
            DiptychText   *text)
{
  DiptychAnnotation *a = p->annotation;
  const char *previous = diptych_annotation_get_previous_exact (a);
  gsize expected, from, to;

  changed_window (p, before, after, diptych_text_get_n_chars (text), &expected, &from, &to);
  p->status = diptych_anchor_locate_near (text, diptych_annotation_get_exact (a),
                                          diptych_annotation_get_prefix (a),
                                          diptych_annotation_get_suffix (a),
                                          p->old_start, p->old_end, expected, from, to,
                                          &p->start, &p->end);
  if (p->status == DIPTYCH_ANCHOR_ORPHANED && previous != NULL)
    p->status = diptych_anchor_locate_near (text, previous,
                                            diptych_annotation_get_previous_prefix (a),
                                            diptych_annotation_get_previous_suffix (a),
                                            p->old_start, p->old_end, expected, from, to,
                                            &p->start, &p->end);
}

/**
 * diptych_annotation_place_all:
 * @annotations: (element-type DiptychAnnotation): annotations of @text
 * @text: the article as it is now
 * @saved_with_text: whether the annotations were saved with @text as it is
 *   (the sidecar's sha256 is @text's)
 *
 * Places each annotation in @text. The stored offsets are used when the
 * text there is still the quote with its context, or just the quote when
 * @saved_with_text; otherwise the quote is looked for word for word
 * anywhere with enough of its context, and when not found, as text like
 * it near where the annotations around it went (an edit moves a passage
 * with its marks). A changed annotation is looked for by its current
 * words, then by the annotator's; it stays changed, with the annotator's
 * words, wherever it is found, so that loading the same text again
 * changes nothing: only the annotator makes it exact again.
 */
void
diptych_annotation_place_all (GPtrArray   *annotations,
                           DiptychText *text,
                           gboolean     saved_with_text)
{
  g_autofree Placing *placings = g_new0 (Placing, MAX (annotations->len, 1));
  g_autofree guint *order = g_new (guint, MAX (annotations->len, 1));
  g_autofree gint *before = g_new (gint, MAX (annotations->len, 1));
  guint n = annotations->len;
  gint last = -1;

  for (guint i = 0; i < n; i++)
    {
      Placing *p = &placings[i];

      p->annotation = g_ptr_array_index (annotations, i);
      p->old_start = diptych_annotation_get_start (p->annotation);
      p->old_end = diptych_annotation_get_end (p->annotation);
      place_in_context (p, text, saved_with_text);
      order[i] = i;
    }

  /* Those not found word for word, between their placed neighbours. */
  g_qsort_with_data (order, n, sizeof (guint), compare_old_places, placings);
  for (guint k = 0; k < n; k++)
    {
      before[order[k]] = last;
      if (is_placed (&placings[order[k]]))
        last = order[k];
    }
  last = -1;
  for (guint k = n; k-- > 0;)
    {
      Placing *p = &placings[order[k]];

      if (!is_placed (p))
        place_near (p, before[order[k]] >= 0 ? &placings[before[order[k]]] : NULL,
                    last >= 0 ? &placings[last] : NULL, text);
      else
        last = order[k];
    }

  for (guint i = 0; i < n; i++)
    {
      Placing *p = &placings[i];
      gboolean was_changed = diptych_annotation_get_previous_exact (p->annotation) != NULL ||
                             diptych_annotation_get_anchor (p->annotation) == DIPTYCH_ANCHOR_CHANGED;

      if (p->status == DIPTYCH_ANCHOR_CHANGED ||
          (was_changed && p->status != DIPTYCH_ANCHOR_ORPHANED))
        diptych_annotation_set_changed (p->annotation, text, p->start, p->end);
      else if (p->status == DIPTYCH_ANCHOR_ORPHANED)
        diptych_annotation_set_anchor (p->annotation, p->status, p->old_start, p->old_end);
      else
        diptych_annotation_set_anchor (p->annotation, p->status, p->start, p->end);
    }
}
