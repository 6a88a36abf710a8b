/* diptych-detect-casualty-link.c: the figure a casualty figure belongs to
 *
 * The figures found before, looked back over: the whole that a breakdown
 * ("including nine children") or a partitive ("14 of the wounded") is a
 * part of, a figure named again ("the 41 civilians"), the one a figure
 * joins ("and five women"); and, once the article's figures are found,
 * the groups that were not written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-detect"

#include "config.h"

#include "diptych-detect-casualty-private.h"

static gboolean
is_armed (gint group)
{
  return group == DIPTYCH_GROUP_FIGHTERS || group == DIPTYCH_GROUP_SOLDIERS;
}

/* Whether people of @group (-1 when not written) can be a part of a
 * figure @whole: not civilians of a figure of armed men, nor soldiers of
 * one of fighters ("some 40 of the dead were civilians" is no part of
 * "between 40 and 50 militia fighters had died").
 */
static gboolean
group_fits (const DetectItem *whole,
            gint              group)
{
  gint of = whole->no_group ? -1 : (gint)whole->casualty.group;
  gboolean armed = is_armed (of);

  if (group < 0 || of < 0)
    return TRUE;
  if (group == DIPTYCH_GROUP_CIVILIANS)
    return !armed;
  if (is_armed (group))
    return of != DIPTYCH_GROUP_CIVILIANS && (!armed || of == group);
  return TRUE;
}

/* The last figure before @before that can be broken down: not itself
 * part of one, not an increment, of @outcome unless that is -1, and
 * of people that @group (-1 when not written) can be a part of.
 */
gint
_diptych_detect_last_total (DetectContext *ctx,
                            gint           outcome,
                            guint          sentence_floor,
                            gint64         part,
                            gint           group)
{
  for (guint f = ctx->figures->len; f > 0 && ctx->figures->len - f < MAX_LOOKBACK; f--)
    {
      DetectItem *item = &g_array_index (ctx->figures, DetectItem, f - 1);
      gint64 whole = MAX (item->casualty.value, item->casualty.high);

      if (item->sentence < sentence_floor)
        return -1;
      if (item->parent >= 0 || item->more)
        continue;
      /* a part is smaller than its whole */
      if (part != DIPTYCH_NO_NUMBER && whole != DIPTYCH_NO_NUMBER && whole <= part)
        continue;
      if (part != DIPTYCH_NO_NUMBER && whole == DIPTYCH_NO_NUMBER &&
          item->casualty.low != DIPTYCH_NO_NUMBER && item->casualty.low < part)
        continue;
      if (!group_fits (item, group))
        continue;
      if (outcome < 0 || (gint)item->casualty.outcome == outcome)
        return f - 1;
    }
  /* Found ahead of the parts before, which would have been looked in */
  if (ctx->ahead && sentence_floor == 0 && ctx->figures->len < MAX_LOOKBACK)
    ctx->needs_before = TRUE;
  return -1;
}

/* The outcome of the last figure of dead or wounded found, for "47
 * victims": the victims of what the article counts; not those detained
 * or displaced. -1 when there is none.
 */
gint
_diptych_detect_outcome_before (DetectContext *ctx)
{
  for (guint f = ctx->figures->len; f > 0 && ctx->figures->len - f < MAX_LOOKBACK; f--)
    {
      DiptychOutcome outcome = g_array_index (ctx->figures, DetectItem, f - 1).casualty.outcome;

      if (outcome == DIPTYCH_OUTCOME_KILLED || outcome == DIPTYCH_OUTCOME_INJURED)
        return outcome;
    }
  /* Found ahead of the parts before, which would have been looked in */
  if (ctx->ahead && ctx->figures->len < MAX_LOOKBACK)
    ctx->needs_before = TRUE;
  return -1;
}

/* Whether a figure from @start is the head of a partitive: "Of the 41
 * civilians", "that of the 23 killed".
 */
gboolean
_diptych_detect_heads_clause (DetectContext *ctx,
                              guint          first,
                              guint          start)
{
  if (start > first && _diptych_detect_is (ctx, start - 1, "the"))
    start--;
  return start > first && _diptych_detect_is (ctx, start - 1, "of");
}

/* The figure that "the 41 civilians" names again: the last of that
 * number and group; or -1.
 */
gint
_diptych_detect_repeated_figure (DetectContext *ctx,
                                 gint64         value,
                                 gint           group)
{
  if (value == DIPTYCH_NO_NUMBER)
    return -1;
  for (guint f = ctx->figures->len; f > 0 && ctx->figures->len - f < MAX_LOOKBACK; f--)
    {
      DetectItem *item = &g_array_index (ctx->figures, DetectItem, f - 1);

      if (!item->no_group && (gint)item->casualty.group == group && item->casualty.value == value)
        return f - 1;
    }
  /* Found ahead of the parts before, which would have been looked in */
  if (ctx->ahead && ctx->figures->len < MAX_LOOKBACK)
    ctx->needs_before = TRUE;
  return -1;
}

/* _diptych_detect_last_total() of @outcome among the figures before
 * figure @from.
 */
gint
_diptych_detect_total_before (DetectContext *ctx,
                              guint          from,
                              gint           outcome,
                              gint64         part)
{
  for (guint f = from; f > 0 && from - f < MAX_LOOKBACK; f--)
    {
      DetectItem *item = &g_array_index (ctx->figures, DetectItem, f - 1);
      gint64 whole = MAX (item->casualty.value, item->casualty.high);

      if (item->parent >= 0 || item->more || (gint)item->casualty.outcome != outcome)
        continue;
      if (part == DIPTYCH_NO_NUMBER || whole == DIPTYCH_NO_NUMBER || whole > part)
        return f - 1;
    }
  /* Found ahead of the parts before, which would have been looked in */
  if (ctx->ahead && from < MAX_LOOKBACK)
    ctx->needs_before = TRUE;
  return -1;
}

/* The last figure whose group noun is @noun (a word id) and that is
 * larger than @part; or -1.
 */
gint
_diptych_detect_figure_of_noun (DetectContext *ctx,
                                guint32        noun,
                                gint64         part)
{
  for (guint f = ctx->figures->len; f > 0 && ctx->figures->len - f < MAX_LOOKBACK; f--)
    {
      DetectItem *item = &g_array_index (ctx->figures, DetectItem, f - 1);

      if (item->head == noun + 1 &&
          (part == DIPTYCH_NO_NUMBER || MAX (item->casualty.value, item->casualty.high) > part))
        return f - 1;
    }
  /* Found ahead of the parts before, which would have been looked in */
  if (ctx->ahead && ctx->figures->len < MAX_LOOKBACK)
    ctx->needs_before = TRUE;
  return -1;
}

/* The figure a number without a noun after "the" names again: the last
 * one of that value ("the 47" of "47 victims"), or -1.
 */
gint
_diptych_detect_repeat_of (DetectContext  *ctx,
                           const Quantity *q,
                           guint           first)
{
  gint64 value;

  if (q->start <= first || !_diptych_detect_is (ctx, q->start - 1, "the") || q->vague || q->range ||
      q->start != q->num)
    return -1;
  if (!_diptych_detect_whole_number (ctx, q, &value))
    {
      if (q->end != q->num + 1 || !detect_in (ctx, q->num, LEX_NUMBER))
        return -1;
      value = detect_value (ctx, q->num, LEX_NUMBER);
    }
  for (guint f = ctx->figures->len; f > 0 && ctx->figures->len - f < MAX_LOOKBACK; f--)
    if (g_array_index (ctx->figures, DetectItem, f - 1).casualty.value == value)
      return f - 1;
  /* Found ahead of the parts before, which would have been looked in */
  if (ctx->ahead && ctx->figures->len < MAX_LOOKBACK)
    ctx->needs_before = TRUE;
  return -1;
}

/* Whether the nearest number before the breakdown word at @word is a
 * count that is no casualty figure: "1,800 cholera cases, including 29
 * deaths" breaks down the cases, not an earlier toll.
 */
gboolean
_diptych_detect_breaks_down_other (DetectContext *ctx,
                                   guint          sentence,
                                   guint          first,
                                   guint          word)
{
  gint f = _diptych_detect_last_in_sentence (ctx, sentence);

  for (guint k = word; k > first; k--)
    {
      Quantity q;

      /* the nearest count: not "under the age of 12 and 51 were women" */
      if (!_diptych_detect_read_quantity (ctx, k - 1, first, word, &q) ||
          _diptych_detect_is_not_people (ctx, &q, first, word))
        continue;
      if (f >= 0)
        {
          DetectItem *item = &g_array_index (ctx->figures, DetectItem, f);

          if (item->first <= k - 1 && k - 1 < item->last)
            return FALSE;
        }
      /* … not "displaced across eight sites, including an estimated
       * 1,300 children": a part larger than that count
       */
      if (_diptych_detect_match (ctx, word, LEX_BREAKDOWN, NULL) > 0)
        {
          const DetectSentence *s = &g_array_index (ctx->sentences, DetectSentence, sentence - ctx->sentence_base);
          gint64 count, part;

          for (guint p = word + 1; p < s->last && p < word + 4; p++)
            {
              Quantity pq;
              gboolean counted;

              if (!_diptych_detect_read_quantity (ctx, p, p, s->last, &pq))
                continue;
              counted = _diptych_detect_whole_number (ctx, &q, &count);
              /* "eight sites": a number word alone */
              if (!counted && q.end == q.num + 1 && detect_in (ctx, q.num, LEX_NUMBER))
                {
                  count = detect_value (ctx, q.num, LEX_NUMBER);
                  counted = TRUE;
                }
              if (counted && q.end < word && _diptych_detect_is_plural_noun (ctx, q.end) &&
                  _diptych_detect_whole_number (ctx, &pq, &part) && part > count)
                return FALSE;
              break;
            }
        }
      return TRUE;
    }
  return FALSE;
}

/* Whether a breakdown word stands a few words before @i with no number
 * or punctuation between: "among them a paramedic and", "including a
 * captain and".
 */
gboolean
_diptych_detect_breakdown_before (DetectContext *ctx,
                                  guint          first,
                                  guint          i)
{
  for (guint k = i; k > first && i - k < 5; k--)
    {
      guint n = _diptych_detect_match_before (ctx, k, first, LEX_BREAKDOWN, NULL);

      /* not the partitive of "19 of them from militias and 13 from …" */
      if (n > 0)
        return !(k - n > first &&
                 (_diptych_detect_is_digits (ctx, k - n - 1) ||
                  _diptych_detect_is_number_word (ctx, k - n - 1) ||
                  detect_in (ctx, k - n - 1, LEX_VAGUE)));
      if (_diptych_detect_is_punct (ctx, k - 1) || _diptych_detect_is_digits (ctx, k - 1) ||
          _diptych_detect_is_number_word (ctx, k - 1))
        return FALSE;
    }
  return FALSE;
}

/* The "and" before the name that ends at @end, when the name is all
 * there is between them: "and the National Hospital", "and Kipese";
 * else @first.
 */
guint
_diptych_detect_gapped_and (DetectContext *ctx,
                            guint          first,
                            guint          end)
{
  guint k = end;

  while (k > first && end - k < 5 && detect_key (ctx, k - 1)->upper &&
         !_diptych_detect_is_punct (ctx, k - 1) &&
         !detect_key (ctx, k - 1)->quantity)
    k--;
  if (k == end)
    return first;
  if (k > first && _diptych_detect_is (ctx, k - 1, "the"))
    k--;
  return k > first && _diptych_detect_is (ctx, k - 1, "and") ? k - 1 : first;
}

/* Whether the words from @i to the next comma or @conj name one person
 * of a list: "a local imam" of "four women, a local imam and his two
 * grandsons".
 */
static gboolean
named_in_list (DetectContext *ctx,
               guint          i,
               guint          conj)
{
  guint k;

  if (!(_diptych_detect_is_article (ctx, i) || _diptych_detect_is (ctx, i, "a") ||
        _diptych_detect_is (ctx, i, "an") || detect_is_possessive_determiner (ctx, i)))
    return FALSE;
  for (k = i + 1; k < conj && k < i + 5 && !_diptych_detect_is (ctx, k, ","); k++)
    if (_diptych_detect_is_punct (ctx, k) || detect_in (ctx, k, LEX_FUNCTION) ||
        detect_in (ctx, k, LEX_REPORTING) || detect_in (ctx, k, LEX_OUTCOME) ||
        detect_in (ctx, k, LEX_AUXILIARY) || detect_key (ctx, k)->quantity)
      return FALSE;
  return k > i + 1 && (k == conj || _diptych_detect_is (ctx, k, ","));
}

/* The comma that closes an attribution set between commas from the one
 * at @comma, before a bare count: ", it said, and four were children",
 * ", she said, and several had been shot", ", she said, and 11 others
 * were taken"; else 0. Not before a count with a noun, whose clause is
 * one of its own: ", Moreno said, and 2,600 people in 22 communities are
 * confined".
 */
static guint
attribution_aside_end (DetectContext *ctx,
                       guint          comma,
                       guint          conj)
{
  Quantity q;

  if (!(conj + 2 < ctx->n_tokens &&
        _diptych_detect_read_quantity (ctx, conj + 1, comma, MIN (ctx->n_tokens, conj + 12), &q) &&
        q.start == conj + 1 && q.end < ctx->n_tokens &&
        (detect_in (ctx, q.end, LEX_AUXILIARY) || _diptych_detect_is (ctx, q.end, "more") ||
         _diptych_detect_is (ctx, q.end, "others") || _diptych_detect_is (ctx, q.end, ","))))
    return 0;
  for (guint k = comma + 1; k < conj && k < comma + 6; k++)
    {
      if (_diptych_detect_is (ctx, k, ","))
        return k > comma + 1 && detect_in (ctx, k - 1, LEX_REPORTING) ? k : 0;
      if (_diptych_detect_is_punct (ctx, k) || detect_key (ctx, k)->quantity)
        return 0;
    }
  return 0;
}

/* Whether a comma stands between the last figure of @sentence and the
 * conjunction at @conj, other than just before it: in "among them 11
 * children, a local official and two residents said" the "and" joins
 * no figures; an attribution between commas does not part them: "Nine
 * of those killed were employees, it said, and four were children".
 */
gboolean
_diptych_detect_apart_from_last (DetectContext *ctx,
                                 guint          sentence,
                                 guint          conj)
{
  gint f = _diptych_detect_last_in_sentence (ctx, sentence);

  guint k;

  if (f < 0)
    return FALSE;
  k = g_array_index (ctx->figures, DetectItem, f).last;
  /* "19 children, the youngest only 18 months old, and 11 women": past
   * an aside on the figure's people
   */
  if (k + 2 < conj && _diptych_detect_is (ctx, k, ",") &&
      ((_diptych_detect_is (ctx, k + 1, "the") &&
        (_diptych_detect_is (ctx, k + 2, "youngest") || _diptych_detect_is (ctx, k + 2, "oldest"))) ||
       _diptych_detect_is (ctx, k + 1, "aged")))
    for (k += 2; k + 1 < conj && !_diptych_detect_is (ctx, k, ","); k++)
      ;
  /* … or their ages right after them: "19 were men aged between 18 and
   * 30, five were women"
   */
  else if (k + 1 < conj && _diptych_detect_is (ctx, k, "aged"))
    for (k++; k + 1 < conj && !_diptych_detect_is (ctx, k, ","); k++)
      ;
  for (; k + 1 < conj; k++)
    {
      guint aside_end;

      if (!_diptych_detect_is (ctx, k, ",") || named_in_list (ctx, k + 1, conj))
        continue;
      if ((aside_end = attribution_aside_end (ctx, k, conj)) == 0)
        return TRUE;
      k = aside_end;
    }
  return FALSE;
}

/* Whether a figure after @f breaks @f down into civilians, women or
 * children, whom a whole of armed men does not hold
 */
static gboolean
has_part_of_civilians (GArray *figures,
                       guint   f)
{
  for (guint g = f + 1; g < figures->len && g < f + MAX_LOOKBACK; g++)
    {
      const DetectItem *part = &g_array_index (figures, DetectItem, g);

      if (part->parent == (gint)f && !part->no_group &&
          (part->casualty.group == DIPTYCH_GROUP_CIVILIANS || part->casualty.group == DIPTYCH_GROUP_WOMEN ||
           part->casualty.group == DIPTYCH_GROUP_CHILDREN))
        return TRUE;
    }
  return FALSE;
}

/* Whether figure @f is the first of a list of people of its outcome
 * but of other groups, in its sentence: "killing four police officers
 * and at least six civilians", where a later toll counts them all.
 */
static gboolean
listed_with_others (GArray *figures,
                    guint   f)
{
  const DetectItem *item = &g_array_index (figures, DetectItem, f);
  const DetectItem *next;

  if (f + 1 >= figures->len)
    return FALSE;
  next = &g_array_index (figures, DetectItem, f + 1);
  return next->sentence == item->sentence && next->parent < 0 && !next->no_group && !item->no_group &&
         next->casualty.outcome == item->casualty.outcome && next->casualty.group != item->casualty.group;
}

/* The figure that one of "N more" at @f adds to: the last before it of
 * its outcome, in its sentence or the one before, and not a part told by
 * its predicate ("two of the victims were teenagers"); or %NULL.
 */
static DetectItem *
figure_more_of (GArray *figures,
                guint   f)
{
  const DetectItem *item = &g_array_index (figures, DetectItem, f);

  for (guint g = f; g > 0; g--)
    {
      DetectItem *before = &g_array_index (figures, DetectItem, g - 1);

      if (before->sentence + 1 < item->sentence)
        return NULL;
      if (before->casualty.outcome == item->casualty.outcome && before->parent < 0 && !before->predicate)
        return before;
    }
  return NULL;
}

/**
 * _diptych_detect_resolve_groups:
 * @figures: the article's, each part's found
 *
 * Groups that were not written come from the figure this one breaks
 * down, the one it joins, or, for a toll, the first of its outcome.
 */
void
_diptych_detect_resolve_groups (GArray *figures)
{
  gint first_of[DIPTYCH_OUTCOME_DISPLACED + 1];

  for (guint o = 0; o < G_N_ELEMENTS (first_of); o++)
    first_of[o] = -1;

  for (guint f = 0; f < figures->len; f++)
    {
      DetectItem *item = &g_array_index (figures, DetectItem, f);

      if (item->parent <= -2)
        {
          guint quantity = (guint)(-2 - item->parent);

          item->parent = -1;
          for (guint g = f + 1; g < figures->len && g < f + 8; g++)
            if (g_array_index (figures, DetectItem, g).quantity == quantity)
              {
                item->parent = g;
                break;
              }
        }
    }

  for (guint f = 0; f < figures->len; f++)
    {
      DetectItem *item = &g_array_index (figures, DetectItem, f);
      DetectItem *from = NULL;

      if (item->parent < 0 && first_of[item->casualty.outcome] < 0)
        first_of[item->casualty.outcome] = f;
      if (!item->no_group)
        continue;
      if (item->parent >= 0 && (guint)item->parent < f)
        from = &g_array_index (figures, DetectItem, item->parent);
      /* … and "At least 112 others were injured" after the sentence
       * of the figure they are the others of
       */
      else if (item->joined && !item->toll && f > 0 &&
               g_array_index (figures, DetectItem, f - 1).sentence + item->others_open >= item->sentence)
        {
          from = &g_array_index (figures, DetectItem, f - 1);
          /* "47 people, 13 of them children, were killed and 86 others
           * wounded": joined to a whole past its part
           */
          /* … or past parts of parts: "17 of the dead were diggers and
           * five were traders, including two women … Eleven others were
           * wounded"
           */
          for (guint steps = 0; from->parent >= 0 && (guint)from->parent < f - 1 && steps < 4; steps++)
            from = &g_array_index (figures, DetectItem, from->parent);
        }
      /* "an attack on a convoy killed 42 people. The fighting that
       * followed killed around 130 more": more of the figure just before
       * of the same outcome, not of the article's first
       */
      else if (item->more && !item->toll && f > 0 &&
               (from = figure_more_of (figures, f)) != NULL)
        ;
      /* not when a part of it is of others: "17 wounded, among them three
       * civilians" after "Four soldiers were wounded" are people
       */
      else if (first_of[item->casualty.outcome] >= 0 && (guint)first_of[item->casualty.outcome] < f &&
               !(is_armed (g_array_index (figures, DetectItem, first_of[item->casualty.outcome]).casualty.group) &&
                 has_part_of_civilians (figures, f)) &&
               !(item->toll && listed_with_others (figures, first_of[item->casualty.outcome])))
        from = &g_array_index (figures, DetectItem, first_of[item->casualty.outcome]);
      if (from != NULL)
        {
          item->casualty.group = from->casualty.group;
          item->no_group = from->no_group;
        }
    }
}
