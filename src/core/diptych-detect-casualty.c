/* diptych-detect-casualty.c: casualty figures among the article's numbers
 *
 * A number (digits, number words, "two dozen", "hundreds", "between 15
 * and 20") is a casualty figure when its clause says what happened to the
 * people it counts: an outcome word before it ("killing at least 37
 * people"), after it ("80 people were wounded", "300 residents who had
 * fled"), in a partitive ("14 of the wounded"), a toll ("raising the toll
 * to 39"), or when it breaks down or joins a figure that has one
 * ("including nine children and five women"). Numbers of things (dates,
 * times, ages, money, measures, "two airstrikes") stay quiet. The value,
 * bounds and qualifier come from diptych_casualty_read_amount().
 *
 * This file reads each sentence's figures and finds their sources; the
 * parts it reads with are in diptych-detect-casualty-*.c: quantities,
 * nouns, outcomes and links to the figures before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-detect"

#include "config.h"

#include <string.h>

#include "diptych-detect-casualty-private.h"

/* How long an aside between two coordinated figures may be: "Twelve
 * Maoists, including four women cadres, and two jawans".
 */
#define COORDINATE_ASIDE 12

typedef enum
{
  LINK_NONE,
  LINK_BREAKDOWN,   /* "including nine children": the figure before */
  LINK_PREVIOUS,    /* "of them", "Of those,": the figure before */
  LINK_OUTCOME,     /* "14 of the wounded": the last figure of that outcome */
  LINK_AMONG_THOSE, /* "were among those hurt": likewise */
  LINK_AMONG_NEXT,  /* "were among the 64 wounded": the figure named next */
  LINK_COORDINATE,  /* "and five women": as the figure before */
  LINK_HEAD,        /* "Of the 41 civilians, nine were women": the figure before the comma */
  LINK_REPEAT,      /* "the 41 civilians" again: as that figure */
} Link;

/* "were", "was", "are", "included", "include", "includes": what comes
 * before a figure that "Among the dead" or "Those killed" breaks down.
 */
static gboolean
is_copula_or_include (DetectContext *ctx,
                      guint          i)
{
  return _diptych_detect_is (ctx, i, "were") || _diptych_detect_is (ctx, i, "was") ||
         _diptych_detect_is (ctx, i, "are") || _diptych_detect_is (ctx, i, "included") ||
         _diptych_detect_is (ctx, i, "include") || _diptych_detect_is (ctx, i, "includes");
}

/* Whether the quantity at @q_start is the whole a share is taken of:
 * "40 per cent of Talodi's 60,000 residents", "half of the town's 9,000
 * people"; the share is what the verb says happened.
 */
static gboolean
whole_of_share (DetectContext *ctx,
                guint          first,
                guint          q_start)
{
  guint k = q_start;

  if (k > first && (_diptych_detect_is (ctx, k - 1, "the") || _diptych_detect_is (ctx, k - 1, "its") ||
                    _diptych_detect_is (ctx, k - 1, "their") || detect_key (ctx, k - 1)->possessive))
    k--;
  /* "of the town's 60,000 residents" */
  if (k < q_start && k > first && detect_key (ctx, k)->possessive && _diptych_detect_is (ctx, k - 1, "the"))
    k--;
  if (k < first + 2 || k == q_start || !_diptych_detect_is (ctx, k - 1, "of"))
    return FALSE;
  /* "most of the village's 2,000 inhabitants had fled" */
  return _diptych_detect_is (ctx, k - 2, "most") || _diptych_detect_is (ctx, k - 2, "many") ||
         _diptych_detect_is (ctx, k - 2, "cent") || _diptych_detect_is (ctx, k - 2, "percent") ||
         _diptych_detect_is (ctx, k - 2, "%") || _diptych_detect_is (ctx, k - 2, "half") ||
         _diptych_detect_is (ctx, k - 2, "third") || _diptych_detect_is (ctx, k - 2, "thirds") ||
         _diptych_detect_is (ctx, k - 2, "quarter") || _diptych_detect_is (ctx, k - 2, "quarters");
}

/* Whether a word shorter than eight bytes is in the part: its keys are
 * few, its tokens many.
 */
static gboolean
has_word (DetectContext *ctx,
          const char    *word)
{
  guint64 head = detect_word_head (word);

  for (guint k = 0; k < ctx->keys->len; k++)
    if (ctx->key_data[k].head == head)
      return TRUE;
  return FALSE;
}

/* Whether the sentence from @first to @last says "in <Place> alone". */
static gboolean
in_place_alone (DetectContext *ctx,
                guint          first,
                guint          last)
{
  /* once: the compiler does not work out the head of a word this long */
  const guint64 alone = detect_word_head ("alone");

  for (guint k = first + 2; k < last; k++)
    if (detect_key (ctx, k)->head == alone && detect_key (ctx, k - 1)->upper &&
        (_diptych_detect_is (ctx, k - 2, "in") ||
         (k > first + 2 && detect_key (ctx, k - 2)->upper && _diptych_detect_is (ctx, k - 3, "in"))))
      return TRUE;
  return FALSE;
}

static gboolean
has_other (DetectContext *ctx,
           guint          from,
           guint          to)
{
  for (guint k = from; k < to; k++)
    if (_diptych_detect_is (ctx, k, "other"))
      return TRUE;
  return FALSE;
}

/* Whether the comma at @comma ends one person listed right after a
 * breakdown's words: "among them an opposition MP, three journalists";
 * not "Of those abducted, 23 were children".
 */
static gboolean
one_listed_before (DetectContext *ctx,
                   guint          first,
                   guint          comma)
{
  if (!_diptych_detect_is (ctx, comma, ","))
    return FALSE;
  for (guint k = comma; k > first + 1 && comma - k < 5; k--)
    if ((_diptych_detect_is (ctx, k - 1, "a") || _diptych_detect_is (ctx, k - 1, "an")) &&
        _diptych_detect_match_before (ctx, k - 1, first, LEX_BREAKDOWN, NULL) > 0)
      return TRUE;
  return FALSE;
}

/* Whether the verb before a figure at @start kills or wounds, which
 * only people can be: "fired 15 shots, wounding three others".
 */
static gboolean
hurts_people_before (DetectContext *ctx,
                     guint          first,
                     guint          start)
{
  const DetectEntry *entry = NULL;

  return start > first && _diptych_detect_match_before (ctx, start, first, LEX_OUTCOME, &entry) > 0 &&
         (entry->value == DIPTYCH_OUTCOME_KILLED || entry->value == DIPTYCH_OUTCOME_INJURED);
}

/* The start of "a family of", "an entire family of", "his family of"
 * that ends at @before; or G_MAXUINT.
 */
static guint
family_of (DetectContext *ctx,
           guint          first,
           guint          before)
{
  guint k;

  if (before < first + 3 || !_diptych_detect_is (ctx, before - 1, "of") ||
      !_diptych_detect_is (ctx, before - 2, "family"))
    return G_MAXUINT;
  k = before - 3;
  if (k > first && (_diptych_detect_is (ctx, k, "entire") || _diptych_detect_is (ctx, k, "whole")))
    k--;
  if (_diptych_detect_is_article (ctx, k) ||
      _diptych_detect_is (ctx, k, "the") || detect_is_possessive_determiner (ctx, k))
    return k;
  return G_MAXUINT;
}

/* Whether a verb that says no outcome follows the noun of a figure
 * at @i, past auxiliaries and adverbs: "5 soldiers escaped", "4,000
 * boys have been recruited", "30 troops were later deployed".
 */
static gboolean
has_own_verb (DetectContext *ctx,
              guint          i,
              guint          last)
{
  guint k = i;

  /* past whose they are: "150 militants of the outfit have surrendered" */
  if (k + 2 < last && _diptych_detect_is (ctx, k, "of"))
    {
      guint j;

      for (j = k + 1; j < last && j < k + 5 && !detect_in (ctx, j, LEX_AUXILIARY) && !_diptych_detect_is_punct (ctx, j); j++)
        ;
      if (j < last && detect_in (ctx, j, LEX_AUXILIARY))
        k = j;
    }
  i = k;
  while (k < last && k < i + 4 &&
         (detect_in (ctx, k, LEX_AUXILIARY) || detect_in (ctx, k, LEX_SKIP) ||
          detect_ends_with (ctx, k, "ly")))
    k++;
  /* not "three boys aged 14": their age; and irregular ones: "120 more
   * officers were flown in"
   */
  return k < last && !detect_key (ctx, k)->upper &&
         (detect_ends_with (ctx, k, "ed") || _diptych_detect_is (ctx, k, "flown") ||
          _diptych_detect_is (ctx, k, "sent") ||
          _diptych_detect_is (ctx, k, "withdrawn") || _diptych_detect_is (ctx, k, "sworn")) &&
         !detect_in (ctx, k, LEX_OUTCOME) && !detect_in (ctx, k, LEX_GROUP) && !_diptych_detect_is (ctx, k, "aged");
}

/* Whether "among them" follows the noun that ends at @i, past a verb of
 * being: "were among them", "among them".
 */
static gboolean
among_them (DetectContext *ctx,
            guint          i,
            guint          last)
{
  if (i < last && _diptych_detect_is_verb_of_be (ctx, i))
    i++;
  return i + 1 < last && _diptych_detect_is (ctx, i, "among") &&
         (_diptych_detect_is (ctx, i + 1, "them") || _diptych_detect_is (ctx, i + 1, "those"));
}

/* Whether "up from" or "down from" ends at @start: the count a toll
 * changed from ("reached 21, up from 12", "risen to 12, from 7").
 */
static gboolean
changed_from (DetectContext *ctx,
              guint          first,
              guint          start)
{
  return start >= first + 2 && _diptych_detect_is (ctx, start - 1, "from") &&
         (_diptych_detect_is (ctx, start - 2, "up") || _diptych_detect_is (ctx, start - 2, "down") ||
          /* "has risen to 12, from 7 reported in Flash Update No. 1" */
          (start >= first + 3 && _diptych_detect_is (ctx, start - 2, ",") && detect_key (ctx, start - 3)->quantity));
}

/* Whether an armed group is named in @sentence before @end or in the
 * sentence before: "the group", "the faction", "a militia"; not "a rights
 * group".
 */
static gboolean
armed_group_named (DetectContext *ctx,
                   guint          sentence,
                   guint          end)
{
  guint from = g_array_index (ctx->sentences, DetectSentence, sentence > 0 ? sentence - 1 : 0).first;

  for (guint k = from; k < end; k++)
    if ((_diptych_detect_is (ctx, k, "group") || _diptych_detect_is (ctx, k, "grouping") ||
         _diptych_detect_is (ctx, k, "faction") || _diptych_detect_is (ctx, k, "militia")) &&
        !(k > from && (_diptych_detect_is (ctx, k - 1, "rights") || _diptych_detect_is (ctx, k - 1, "aid") ||
                       _diptych_detect_is (ctx, k - 1, "advocacy") || _diptych_detect_is (ctx, k - 1, "monitoring") ||
                       _diptych_detect_is (ctx, k - 1, "research") || _diptych_detect_is (ctx, k - 1, "civic"))))
      return TRUE;
  return FALSE;
}

/* The outcome of the people the sentence before @sentence, in the same
 * paragraph, names as a whole: "the wounded", "those killed", "the
 * victims" (of the figures before); or -1
 */
static gint
outcome_named_before (DetectContext *ctx,
                      guint          sentence)
{
  const DetectSentence *s;

  if (sentence == 0)
    return -1;
  s = &g_array_index (ctx->sentences, DetectSentence, sentence - 1);
  if (detect_line_before (ctx, s->last))
    return -1;
  for (guint k = s->first; k + 1 < s->last; k++)
    {
      gint outcome;
      guint n;

      if (!_diptych_detect_is (ctx, k, "the") && !_diptych_detect_is (ctx, k, "those"))
        continue;
      if (_diptych_detect_is (ctx, k + 1, "victims"))
        return _diptych_detect_outcome_before (ctx);
      if ((outcome = _diptych_detect_match_outcome (ctx, k + 1, &n)) >= 0)
        return outcome;
    }
  return -1;
}

/* Whether the words from @i on say that people were taken somewhere:
 * "were later flown", "had to be carried", "have been sent on"
 */
static gboolean
carried_on (DetectContext *ctx,
            guint          i,
            guint          last)
{
  for (guint k = i; k < last && k < i + 5; k++)
    {
      if (detect_figure_word (ctx, k, FIGURE_WORD_CARRIED) || _diptych_detect_is (ctx, k, "carried") ||
          _diptych_detect_is (ctx, k, "sent"))
        return k > i;
      if (!(detect_in (ctx, k, LEX_AUXILIARY) || _diptych_detect_is (ctx, k, "to") ||
            _diptych_detect_is (ctx, k, "later") || _diptych_detect_is (ctx, k, "then") ||
            _diptych_detect_is (ctx, k, "also") || _diptych_detect_is (ctx, k, "subsequently")))
        return FALSE;
    }
  return FALSE;
}

/* Whether the last figure found is in the sentence before @sentence (at
 * @rel in this part's sentences), in the same paragraph: a part of it may
 * follow.
 */
static gboolean
follows_figure (DetectContext *ctx,
                guint          rel,
                guint          sentence)
{
  if (rel == 0 || ctx->figures->len == 0)
    return FALSE;
  return g_array_index (ctx->figures, DetectItem, ctx->figures->len - 1).sentence + 1 == sentence &&
         !detect_line_before (ctx, g_array_index (ctx->sentences, DetectSentence, rel - 1).last);
}

/* Whether figure @f is larger than a part of @part people, or @part is
 * not a number
 */
static gboolean
holds_part (DetectContext *ctx,
            gint           f,
            gint64         part)
{
  const DetectItem *whole = &g_array_index (ctx->figures, DetectItem, f);

  return part == DIPTYCH_NO_NUMBER || MAX (whole->casualty.value, whole->casualty.high) > part;
}

/* The figure that "of the injured" with no noun counts a part of, when
 * the last total of its outcome, @f, is of armed men: an earlier total
 * of the same outcome that is not ("wounding 32 others … four soldiers
 * were wounded … three of the injured died": of the 32), or @f.
 */
static gint
unarmed_total_before (DetectContext *ctx,
                      gint           f,
                      gint64         part)
{
  const DetectItem *last = &g_array_index (ctx->figures, DetectItem, f);

  if (last->casualty.group != DIPTYCH_GROUP_SOLDIERS && last->casualty.group != DIPTYCH_GROUP_FIGHTERS)
    return f;
  for (gint g = f - 1; g >= 0 && f - g < MAX_LOOKBACK; g--)
    {
      const DetectItem *item = &g_array_index (ctx->figures, DetectItem, g);

      if (item->parent >= 0 || item->more || item->casualty.outcome != last->casualty.outcome ||
          !holds_part (ctx, g, part))
        continue;
      if (item->casualty.group == DIPTYCH_GROUP_SOLDIERS || item->casualty.group == DIPTYCH_GROUP_FIGHTERS)
        continue;
      return g;
    }
  /* … which may be in the parts before */
  if (ctx->ahead && ctx->figures->len < MAX_LOOKBACK)
    ctx->needs_before = TRUE;
  return f;
}

/* Where the "of" before a figure at @before stands, past "the": "the
 * bodies of 11 people", "the bodies of the 13 irregulars"; or @first.
 */
static guint
of_before (DetectContext *ctx,
           guint          first,
           guint          before)
{
  if (before > first + 1 && _diptych_detect_is (ctx, before - 1, "of"))
    return before - 1;
  if (before > first + 2 && _diptych_detect_is (ctx, before - 1, "the") && _diptych_detect_is (ctx, before - 2, "of"))
    return before - 2;
  /* "the bodies of a man and his four children", "of his wife and two
   * young sons": past the first of those listed
   */
  {
    guint and = before - 1;

    if (and > first && detect_is_possessive_determiner (ctx, and))
      and--;
    /* … not "The deaths of one soldier and two police officers", a
     * figure of its own first
     */
    if (and > first + 2 && _diptych_detect_is (ctx, and, "and"))
      for (guint k = and; k > first + 1 && and - k < 4 && !_diptych_detect_is_punct (ctx, k - 1) &&
                          !(detect_key (ctx, k - 1)->quantity && !_diptych_detect_is (ctx, k - 1, "a") &&
                            !_diptych_detect_is (ctx, k - 1, "an"));
           k--)
        if (_diptych_detect_is (ctx, k - 1, "of"))
          return k - 1;
  }
  return first;
}

/* Whether the token at @i marks an item of a list: "•", "-", "*" */
static gboolean
is_bullet (DetectContext *ctx,
           guint          i)
{
  /* a spaced hyphen reads as a dash: "- Blida city: approximately 2,100
   * people"
   */
  return _diptych_detect_is (ctx, i, "\u2022") || _diptych_detect_is (ctx, i, "-") ||
         _diptych_detect_is (ctx, i, "*") || _diptych_detect_is (ctx, i, "\u2013") ||
         _diptych_detect_is (ctx, i, "\u2014");
}

/* Whether the sentence @s is a heading of displacement figures:
 * "DISPLACEMENT BY SITE", "Displacement".
 */
static gboolean
heads_displacement (DetectContext        *ctx,
                    const DetectSentence *s)
{
  gboolean displacement = FALSE, shelter = FALSE, sites = FALSE, aside = FALSE, counted = FALSE, harmed = FALSE;
  guint words = 0;

  for (guint k = s->first; k < s->last; k++)
    {
      /* "DISPLACEMENT BY LOCATION (as of 13 February)": a date aside */
      if (_diptych_detect_is (ctx, k, "(") || _diptych_detect_is (ctx, k, ")"))
        {
          aside = _diptych_detect_is (ctx, k, "(");
          continue;
        }
      if (aside || _diptych_detect_is (ctx, k, ":"))
        continue;
      if (++words > 6)
        return FALSE;
      if (detect_key (ctx, k)->kind != DIPTYCH_TOKEN_WORD ||
          (!detect_key (ctx, k)->upper && !detect_in (ctx, k, LEX_FUNCTION)))
        return FALSE;
      displacement |= detect_starts_with (ctx, k, "displace");
      /* "SHELTER BY SITE"; not a report's "Shelter and NFI" */
      shelter |= detect_starts_with (ctx, k, "shelter");
      sites |= detect_starts_with (ctx, k, "site") || detect_starts_with (ctx, k, "location");
      /* "FIGURES BY SITE", "PEOPLE BY LOCATION"; not "CASUALTY FIGURES
       * BY SITE"
       */
      counted |= detect_starts_with (ctx, k, "figure") || detect_starts_with (ctx, k, "people") ||
                 detect_starts_with (ctx, k, "population") ||
                 detect_starts_with (ctx, k, "household");
      harmed |= detect_in (ctx, k, LEX_OUTCOME) || detect_starts_with (ctx, k, "casualt") ||
                detect_starts_with (ctx, k, "death");
    }
  return displacement || (shelter && sites) || (counted && sites && !harmed);
}

/* Whether the number at @k counts places or things before @end, not
 * people: "two other schools".
 */
static gboolean
counts_places (DetectContext *ctx,
               guint          k,
               guint          end)
{
  guint noun = k + 1;

  /* "in both municipalities": no count of its own */
  if (_diptych_detect_is (ctx, k, "both"))
    return TRUE;
  if (noun < end && _diptych_detect_is (ctx, noun, "other"))
    noun++;
  /* "Five smaller sites in La Paz:" */
  if (noun + 1 < end && !_diptych_detect_is_plural_noun (ctx, noun) && !detect_in (ctx, noun, LEX_FUNCTION) &&
      !_diptych_detect_is_punct (ctx, noun))
    noun++;
  return noun < end && _diptych_detect_is_plural_noun (ctx, noun) && !detect_in (ctx, noun, LEX_GROUP);
}

/* Whether the sentence @s holds a count, not only a date's day: "as
 * of 17 September" has none.
 */
static gboolean
counts_in (DetectContext        *ctx,
           const DetectSentence *s)
{
  for (guint k = s->first; k < s->last; k++)
    if ((detect_key (ctx, k)->digits || detect_key (ctx, k)->number_word) &&
        !(k + 1 < s->last && detect_in (ctx, k + 1, LEX_MONTH)) && !(k > s->first && detect_in (ctx, k - 1, LEX_MONTH)) &&
        /* … nor "at its three sites as of 1800 hrs" */
        !counts_places (ctx, k, s->last) && !(k + 1 < s->last && _diptych_detect_is (ctx, k + 1, "hrs")))
      return TRUE;
  return FALSE;
}

/* Whether the sentence @s ends with a colon and speaks of the displaced
 * but counts none: "the displaced population is distributed as follows:".
 */
static gboolean
introduces_displaced (DetectContext        *ctx,
                      const DetectSentence *s)
{
  gboolean displaced = FALSE;

  if (!_diptych_detect_is (ctx, s->last - 1, ":") || counts_in (ctx, s))
    return FALSE;
  /* … "the following numbers of people sheltering at its three sites:",
   * "The largest sites are:"
   */
  for (guint k = s->first; k < s->last; k++)
    displaced |= detect_starts_with (ctx, k, "displace") || _diptych_detect_is (ctx, k, "sheltering") ||
                 _diptych_detect_is (ctx, k, "sites") || _diptych_detect_is (ctx, k, "camps");
  return displaced;
}

/* The sentence before the one at @rel in @ctx's part, with the part
 * whose tokens it is of in *@owner: it may be parts back, past parts of
 * blank lines; or NULL at the article's start.
 */
static const DetectSentence *
sentence_before (DetectContext  *ctx,
                 guint           rel,
                 DetectContext **owner)
{
  if (rel > 0)
    {
      *owner = ctx;
      return &g_array_index (ctx->sentences, DetectSentence, rel - 1);
    }
  for (*owner = ctx->before; *owner != NULL && (*owner)->sentences->len == 0; *owner = (*owner)->before)
    ;
  return *owner != NULL ? &g_array_index ((*owner)->sentences, DetectSentence, (*owner)->sentences->len - 1) : NULL;
}

/* Whether the line before @sentence is a heading of displacement
 * figures: "DISPLACEMENT BY SITE".
 */
static gboolean
under_displacement_heading (DetectContext *ctx,
                            guint          sentence)
{
  DetectContext *owner;  /* whose tokens the line before is of */
  const DetectSentence *heading = sentence_before (ctx, sentence - ctx->sentence_base, &owner);

  return heading != NULL && heads_displacement (owner, heading);
}

/* The figure of the displaced that a site's count is a part of, in a
 * list after a colon, in brackets after the site's name ("registered
 * 4,600 IDPs at four locations: the Kopiago mission (about 1,900), Yakeni
 * school (1,100) …") or after it and a comma, the items apart by
 * semicolons ("… show the following: Baragoi Primary School, about 3,100
 * people; Lesirikan, 1,900; …"); or -1. The count's words end at @end. Not
 * an age after a name, which no figure of the displaced is before.
 */
/* How many counts in brackets follow names in @sentence, and what they
 * add up to in *@sum: "Barekot Secondary School (about 1,400 people), in
 * Kudu bazaar (some 950)".
 */
static guint
bracketed_counts (DetectContext *ctx,
                  guint          sentence,
                  gint64        *sum)
{
  const DetectSentence *s = &g_array_index (ctx->sentences, DetectSentence, sentence - ctx->sentence_base);
  guint n = 0;

  *sum = 0;
  for (guint k = s->first + 1; k + 2 < s->last; k++)
    if (_diptych_detect_is (ctx, k, "(") && !_diptych_detect_is_punct (ctx, k - 1) &&
        !detect_in (ctx, k - 1, LEX_GROUP))
      {
        guint j = k + 1;
        Quantity q = { 0 };
        gint64 value;

        j += _diptych_detect_match (ctx, j, LEX_QUALIFIER, NULL);
        q.num = j;
        q.end = j + 1;
        if (j < s->last && detect_key (ctx, j)->digits && _diptych_detect_whole_number (ctx, &q, &value))
          {
            n++;
            *sum += value;
          }
      }
  return n;
}

static gint
site_count_of (DetectContext  *ctx,
               guint           sentence,
               guint           first,
               const Quantity *q,
               guint           end,
               gint64          part)
{
  guint colon = G_MAXUINT, semicolons = 0;
  gboolean bracketed, listed, placed;
  gint64 listed_sum;

  if (q->start < first + 2 || detect_key (ctx, q->start - 2)->quantity ||
      (_diptych_detect_is_punct (ctx, q->start - 2) && !_diptych_detect_is (ctx, q->start - 1, ":")))
    return -1;
  bracketed = _diptych_detect_is (ctx, q->start - 1, "(") && _diptych_detect_is (ctx, end, ")");
  listed = _diptych_detect_is (ctx, q->start - 1, ",") &&
           (_diptych_detect_is (ctx, end, ";") || _diptych_detect_is (ctx, end, "."));
  /* "… in three collective centres: 1,460 in the municipal gymnasium,
   * 1,125 in two schools and 1,227 in the parish hall"
   */
  /* … and "the newly displaced are staying in 3 main locations: some
   * 4,800 people in and around the church compound, … and 2,700 with
   * host families"
   */
  placed = (end == q->end || (end == q->end + 1 && detect_in (ctx, q->end, LEX_GROUP))) && end + 1 < ctx->n_tokens &&
           (_diptych_detect_is (ctx, end, "in") || _diptych_detect_is (ctx, end, "at") ||
            (_diptych_detect_is (ctx, end, "with") && _diptych_detect_is (ctx, end + 1, "host"))) &&
           (_diptych_detect_is (ctx, q->start - 1, ":") || _diptych_detect_is (ctx, q->start - 1, ",") ||
            _diptych_detect_is (ctx, q->start - 1, "and"));
  if (!bracketed && !listed && !placed)
    return -1;
  if (placed)
    listed = FALSE;
  for (guint k = q->start; k > first && colon == G_MAXUINT; k--)
    {
      if (_diptych_detect_is (ctx, k - 1, ":"))
        colon = k - 1;
      semicolons += _diptych_detect_is (ctx, k - 1, ";");
    }
  /* "… are staying at Maliana parish church (approximately 1,450
   * people), the hospital grounds (620), …": sites listed with their
   * counts in brackets, of the displaced counted last, paragraphs back
   * as it may be
   */
  if (colon == G_MAXUINT && bracketed && bracketed_counts (ctx, sentence, &listed_sum) >= 2)
    {
      for (gint f = (gint)ctx->figures->len - 1; f >= 0 && (gint)ctx->figures->len - f <= MAX_LOOKBACK; f--)
        {
          const DetectItem *item = &g_array_index (ctx->figures, DetectItem, f);

          /* not "(about 780 households)", the same people counted in
           * fewer, nor "up from 2,400", too few for all the sites listed
           */
          if (item->casualty.outcome == DIPTYCH_OUTCOME_DISPLACED && item->parent < 0 && item->first <= q->start &&
              !(item->first > 0 && _diptych_detect_is (ctx, item->first - 1, "(")) &&
              holds_part (ctx, f, listed_sum - 1))
            return f;
        }
      return -1;
    }
  if (colon == G_MAXUINT || (listed && semicolons == 0 && !_diptych_detect_is (ctx, end, ";")))
    return -1;
  for (gint f = (gint)ctx->figures->len - 1; f >= (gint)ctx->figures_from; f--)
    {
      const DetectItem *item = &g_array_index (ctx->figures, DetectItem, f);

      if (item->sentence != sentence)
        break;
      /* not "(approximately 1,900 households)", the same people counted
       * in fewer
       */
      if (item->last <= colon && item->first > 0 && _diptych_detect_is (ctx, item->first - 1, "("))
        continue;
      if (item->last <= colon)
        return item->casualty.outcome == DIPTYCH_OUTCOME_DISPLACED && holds_part (ctx, f, part) ? f : -1;
    }
  /* no figure before the colon: the displaced counted just before, or
   * before a heading of displacement on the line above
   */
  if (sentence == ctx->sentence_base && ctx->ahead)
    {
      ctx->needs_before = TRUE;
      return -1;
    }
  if (under_displacement_heading (ctx, sentence))
    return _diptych_detect_last_total (ctx, DIPTYCH_OUTCOME_DISPLACED, 0, part, -1);
  return _diptych_detect_last_total (ctx, DIPTYCH_OUTCOME_DISPLACED, sentence >= 2 ? sentence - 2 : 0, part, -1);
}

/* The token past a site's count at @k, "in" or "at" or "with": "1,450 at
 * Chepyuk Secondary School", "approximately 2,100 people at …", "9,800
 * people are in Muecate-Sede", "800 with relatives"; or 0. Not armed men.
 */
static guint
site_count_at (DetectContext *ctx,
               guint          k,
               guint          first,
               guint          last)
{
  const DetectEntry *entry;
  Quantity q;
  guint i, n;

  if (!_diptych_detect_read_quantity (ctx, k, first, last, &q))
    return 0;
  i = q.end;
  if ((n = _diptych_detect_match (ctx, i, LEX_GROUP, &entry)) > 0)
    {
      if (entry->value == DIPTYCH_GROUP_FIGHTERS || entry->value == DIPTYCH_GROUP_SOLDIERS)
        return 0;
      i += n;
    }
  if (i < last && _diptych_detect_is_verb_of_be (ctx, i) && !_diptych_detect_is (ctx, i, "had") &&
      !_diptych_detect_is (ctx, i, "has") && !_diptych_detect_is (ctx, i, "have"))
    i++;
  if (i + 1 < last &&
      (_diptych_detect_is (ctx, i, "in") || _diptych_detect_is (ctx, i, "at") || _diptych_detect_is (ctx, i, "with")))
    return i;
  return 0;
}

/* Whether the count at @q is one of a list of sites' counts with no
 * colon before it, of two at least: "show approximately 2,100 people at
 * Kaimugul Primary School, 1,450 at Chepyuk Secondary School …",
 * "Approximately 9,800 people are in Muecate-Sede, some 5,100 in Nampula
 * city and 3,500 in host communities". Each count after the first follows
 * a comma, a semicolon or "and"; *@sum is what they add up to.
 */
static gboolean
in_site_list (DetectContext  *ctx,
              guint           first,
              guint           last,
              const Quantity *q,
              gint64         *sum)
{
  guint items = 0, listed = 0;
  gboolean own = FALSE;

  *sum = 0;
  for (guint k = first; k < last; k++)
    {
      Quantity item;
      gint64 value;
      gboolean joined;

      if (!site_count_at (ctx, k, first, last) || !_diptych_detect_read_quantity (ctx, k, first, last, &item))
        continue;
      joined = item.start > first && (_diptych_detect_is (ctx, item.start - 1, ",") ||
                                      _diptych_detect_is (ctx, item.start - 1, ";") ||
                                      _diptych_detect_is (ctx, item.start - 1, "and"));
      if (item.num == q->num)
        own = items == 0 || joined;
      if (items > 0 && !joined)
        return FALSE;
      items++;
      listed += joined;
      if (_diptych_detect_whole_number (ctx, &item, &value))
        *sum += value;
      k = item.end - 1;
    }
  return own && items >= 2 && listed >= 1;
}

/* Whether the sentence from @first opens with a label and a colon just
 * before @start: "Ed Dueim town:" of "Ed Dueim town: 8,100 people",
 * "Lashio Township (seven sites):", "Villages along the river, outside
 * formal sites:".
 */
static gboolean
opens_with_label (DetectContext *ctx,
                  guint          first,
                  guint          start)
{
  gboolean aside = FALSE, bulleted = FALSE;

  /* "• Cumbitara town (municipal seat): 1,120 people" */
  if (first + 1 < start && is_bullet (ctx, first))
    {
      first++;
      bulleted = TRUE;
    }
  /* … "Private accommodation in Peja/Peć town (mainly Bosniak and Roma
   * households):"
   */
  if (start < first + 2 || start > first + 16 ||
      /* … "Oneshila Combined School – 905 people": or a dash */
      !(_diptych_detect_is (ctx, start - 1, ":") || _diptych_detect_is_dash (ctx, start - 1)) ||
      /* … or, after a bullet, "- villages in Dargeçit district: about
       * 3,900 people", "- other locations: 300–500 people"
       */
      !(detect_key (ctx, first)->upper || (bulleted && _diptych_detect_is (ctx, start - 1, ":"))))
    return FALSE;
  for (guint k = first; k + 1 < start; k++)
    {
      if (_diptych_detect_is (ctx, k, "(") || _diptych_detect_is (ctx, k, ")"))
        {
          aside = _diptych_detect_is (ctx, k, "(");
          continue;
        }
      /* … "in Peja/Peć town": a place's two names */
      /* … "Mosque compound, Nag’ al-Shatb:": a name's apostrophe */
      /* … "Meulaboh – Teuku Umar stadium:": a town and its site */
      /* … "School No. 57, Moldavanka district:": a number's abbreviation,
       * "St. Patrick's Catholic Church:": a saint's
       */
      if (k > first && _diptych_detect_is (ctx, k, ".") && detect_in (ctx, k - 1, LEX_ABBREVIATION))
        continue;
      if (k > first + 1 && detect_key (ctx, k)->digits && _diptych_detect_is (ctx, k - 1, ".") &&
          _diptych_detect_is (ctx, k - 2, "no"))
        continue;
      /* … 'Primary school "Benito Juárez" (classes suspended):': a
       * name in quotes
       */
      if ((_diptych_detect_is_punct (ctx, k) && !_diptych_detect_is (ctx, k, "-") && !_diptych_detect_is_dash (ctx, k) &&
           !_diptych_detect_is (ctx, k, ",") && !_diptych_detect_is (ctx, k, "/") &&
           !_diptych_detect_is_apostrophe (ctx, k) && !_diptych_detect_is_quote (ctx, k)) ||
          /* … "Bilogai primary school and two other schools:": a count of
           * places names them
           */
          /* … not "Dhuusa Ley site, 8 km west of the town:" */
          /* … "Al-Nour school, used as a collective shelter:": an
           * article, not a count
           */
          (detect_key (ctx, k)->quantity && !aside && !counts_places (ctx, k, start - 1) &&
           !_diptych_detect_is (ctx, k, "a") && !_diptych_detect_is (ctx, k, "an") &&
           !(k + 2 < start && detect_in (ctx, k + 1, LEX_UNIT)) &&
           /* … not "Mahendra Adarsha Secondary School, Ward 2:", "SMP
            * Negeri 2 Atambua (junior high school):", a place's number
            */
           !(k > first && detect_key (ctx, k)->digits && detect_key (ctx, k - 1)->upper &&
             (k + 1 == start - 1 || _diptych_detect_is (ctx, k + 1, ",") || detect_key (ctx, k + 1)->upper ||
              /* … "Unidad Educativa 12 de Octubre:", a date in a name */
              (k + 3 < start && !detect_key (ctx, k + 1)->upper && !_diptych_detect_is_punct (ctx, k + 1) &&
               detect_key (ctx, k + 2)->upper)))) ||
          /* … "Villages in the lower valley (not yet verified):": an
           * aside on the count
           */
          (!aside && (detect_in (ctx, k, LEX_REPORTING) || detect_in (ctx, k, LEX_OUTCOME) ||
                      detect_in (ctx, k, LEX_AUXILIARY))))
        return FALSE;
    }
  return !aside;
}

/* Whether the sentence from @first is a line of a list whose count starts
 * at @start: after a label ("Ed Dueim town: 8,100 people"), or right
 * after the bullet ("• 4,310 people in host families in Marmelade;")
 */
static gboolean
opens_list_line (DetectContext *ctx,
                 guint          first,
                 guint          start)
{
  return (start == first + 1 && is_bullet (ctx, first)) || opens_with_label (ctx, first, start);
}

/* The figure that a line of a list, @sentence (@rel in this part), counts
 * a part of: the figure of the line before that ends with a colon ("…
 * 14,300 people have arrived in the following locations:"), the
 * displaced counted before a heading of displacement, or the whole of the
 * list's line before ("Kosti: 3,900 people, …"); or -1.
 */
static gint
listed_under (DetectContext *ctx,
              guint          sentence,
              guint          rel,
              gint64         part)
{
  DetectContext *owner;  /* whose tokens the line before is of */
  const DetectSentence *s;
  const DetectItem *item;
  gint f, g;

  if (rel == 0 && ctx->ahead)
    {
      ctx->needs_before = TRUE;
      return -1;
    }
  if ((s = sentence_before (ctx, rel, &owner)) == NULL)
    return -1;
  /* "DISPLACEMENT BY SITE", "… the displaced population is distributed
   * as follows:": the displaced the article counted before
   */
  if (s->last > s->first && (heads_displacement (owner, s) || introduces_displaced (owner, s)))
    return _diptych_detect_last_total (ctx, DIPTYCH_OUTCOME_DISPLACED, 0, part, -1);
  /* … "DISPLACEMENT BY SITE", then "Figures from the Governorate and
   * IRCS, as of 24 May:" or "Figures are from the district government
   * as of 3 July and have not been verified.": a line of whose figures
   * they are between
   */
  if (s->last > s->first &&
      (_diptych_detect_is (owner, s->last - 1, ":") || _diptych_detect_is (owner, s->last - 1, ".")) &&
      !counts_in (owner, s))
    {
      DetectContext *heading_owner;
      guint s_rel = s - &g_array_index (owner->sentences, DetectSentence, 0);
      const DetectSentence *heading;

      if (s_rel == 0 && owner == ctx && ctx->ahead)
        {
          ctx->needs_before = TRUE;
          return -1;
        }
      heading = sentence_before (owner, s_rel, &heading_owner);
      if (heading != NULL && heading->last > heading->first && heads_displacement (heading_owner, heading))
        return _diptych_detect_last_total (ctx, DIPTYCH_OUTCOME_DISPLACED, 0, part, -1);
    }
  /* … or a note of one to three sentences that counts the registered
   * again: "Figures are based on registration by the PDMA … The 44,000
   * people registered so far correspond to about 7,300 families.", "Of
   * the 1,480 displaced people registered, 540 are children."
   */
  if (owner == ctx && s->last > s->first && _diptych_detect_is (owner, s->last - 1, "."))
    {
      guint s_rel = s - &g_array_index (owner->sentences, DetectSentence, 0), back = 0;
      DetectContext *heading_owner;
      const DetectSentence *heading;

      while (s_rel > 0 && back < 2 && !detect_line_before (owner, g_array_index (owner->sentences, DetectSentence, s_rel).first))
        {
          s_rel--;
          back++;
        }
      if (s_rel == 0 && ctx->ahead)
        {
          ctx->needs_before = TRUE;
          return -1;
        }
      heading = sentence_before (owner, s_rel, &heading_owner);
      if (heading != NULL && heading->last > heading->first && heads_displacement (heading_owner, heading))
        return _diptych_detect_last_total (ctx, DIPTYCH_OUTCOME_DISPLACED, 0, part, -1);
    }
  if (ctx->figures->len == 0 || s->last == s->first)
    return -1;
  f = ctx->figures->len - 1;
  /* "… have left Rollo commune since 17 October. Figures by site:": the
   * line's sentence before the colon's
   */
  if (_diptych_detect_is (owner, s->last - 1, ":") &&
      g_array_index (ctx->figures, DetectItem, f).sentence + 2 == sentence && !detect_line_before (owner, s->first))
    sentence--;
  /* … "11,400 people … have fled Elbarde town. Women and children make up
   * 78 per cent of the displaced. They are concentrated in:": two back,
   * all in one paragraph
   */
  else if (_diptych_detect_is (owner, s->last - 1, ":") && s > &g_array_index (owner->sentences, DetectSentence, 0) &&
           g_array_index (ctx->figures, DetectItem, f).sentence + 3 == sentence && !detect_line_before (owner, s->first) &&
           !detect_line_before (owner, (s - 1)->first))
    sentence -= 2;
  if (g_array_index (ctx->figures, DetectItem, f).sentence + 1 != sentence)
    return -1;
  /* "… (about 2,860 households) have arrived in the following
   * locations:": the figure the aside restates is the whole
   */
  if (_diptych_detect_is (owner, s->last - 1, ":"))
    {
      for (g = f; g >= 0 && g_array_index (ctx->figures, DetectItem, g).sentence + 1 == sentence; g--)
        {
          item = &g_array_index (ctx->figures, DetectItem, g);
          /* … and not "or approximately 1,950 households", the same
           * people counted in fewer, nor "about 2,100 of them children",
           * a part of the whole before it
           */
          if ((item->first == 0 || !_diptych_detect_is (owner, item->first - 1, "(")) && item->parent < 0 &&
              holds_part (ctx, g, part))
            return g;
        }
      /* … but the line's only figure, itself a part of one before:
       * "Approximately 9,300 of the displaced in Cúcuta are staying in
       * seven collective shelters:"
       */
      if (g == f - 1 && g_array_index (ctx->figures, DetectItem, f).parent >= 0 &&
          g_array_index (ctx->figures, DetectItem, f).casualty.outcome == DIPTYCH_OUTCOME_DISPLACED &&
          holds_part (ctx, f, part))
        return f;
      return -1;
    }
  for (g = f; g > 0 && g_array_index (ctx->figures, DetectItem, g - 1).sentence + 1 == sentence; g--)
    ;
  item = &g_array_index (ctx->figures, DetectItem, g);
  return item->parent >= 0 && opens_list_line (owner, s->first, item->first) ? item->parent : -1;
}

/* The outcome a list's line, @sentence (@rel in this part), takes from
 * the line before: a heading ending in a colon that names an outcome and
 * counts no one ("Injured people treated, by facility:"), or a line of
 * the same list that took it; or -1.
 */
static gint
list_heading_outcome (DetectContext *ctx,
                      guint          sentence,
                      guint          rel)
{
  DetectContext *owner;
  const DetectSentence *s;
  gint outcome = -1;
  guint n;

  if (rel == 0 && ctx->ahead)
    {
      ctx->needs_before = TRUE;
      return -1;
    }
  if ((s = sentence_before (ctx, rel, &owner)) == NULL || s->last <= s->first)
    return -1;
  if (_diptych_detect_is (owner, s->last - 1, ":"))
    {
      for (guint k = s->first; k < s->last; k++)
        {
          /* a count of people, not the date of "(as of 23 July)" */
          if (detect_key (owner, k)->quantity && k + 1 < s->last &&
              (detect_in (owner, k + 1, LEX_GROUP) || _diptych_detect_match_outcome (owner, k + 1, &n) >= 0))
            return -1;
          if (outcome < 0)
            outcome = _diptych_detect_match_outcome (owner, k, &n);
        }
      return outcome;
    }
  /* … the line before, of the same list: its figure after the label */
  for (guint f = ctx->figures->len; f > 0 && owner == ctx; f--)
    {
      const DetectItem *item = &g_array_index (ctx->figures, DetectItem, f - 1);

      if (item->sentence + 1 != sentence)
        break;
      if (item->parent < 0 && item->first > s->first && _diptych_detect_is (ctx, item->first - 1, ":") &&
          opens_with_label (ctx, s->first, item->first))
        return item->casualty.outcome;
    }
  return -1;
}

/* Where the words that say the fate of the people counted from @start
 * is unknown end: "the fate of 20 to 25 other soldiers remained
 * unknown", "the whereabouts of 14 of them are unknown"; or 0.
 */
static guint
fate_unknown (DetectContext *ctx,
              guint          first,
              guint          start,
              guint          head_end,
              guint          last)
{
  if (start < first + 2 || !_diptych_detect_is (ctx, start - 1, "of") ||
      !(_diptych_detect_is (ctx, start - 2, "fate") || _diptych_detect_is (ctx, start - 2, "whereabouts")))
    return 0;
  for (guint k = head_end; k < last && k < head_end + 4; k++)
    {
      if (_diptych_detect_is (ctx, k, "unknown") || _diptych_detect_is (ctx, k, "unclear"))
        return k + 1;
      if (_diptych_detect_is_punct (ctx, k))
        break;
    }
  return 0;
}

/* The token past "missing" or "unaccounted for" as the main verb's word
 * of a clause whose figure was taken, from @from: "… arrested in January
 * are still missing", "… taken from their homes on 16 March remain
 * unaccounted for"; or 0.
 */
static guint
missing_since_taken (DetectContext *ctx,
                     guint          from,
                     guint          last)
{
  for (guint k = from; k + 1 < last && k < from + 12; k++)
    {
      guint w = k + 1;

      /* … not another figure's: "arrested 40 people, and 12 are still
       * missing", "detained 60 men, of whom at least 22 remain
       * unaccounted for", "… 68, 23 remain unaccounted for"; nor an
       * aside on them: "took away two of our nurses, who remain missing"
       */
      if (_diptych_detect_is (ctx, k, ";") || _diptych_detect_is (ctx, k, ".") || detect_in (ctx, k, LEX_REPORTING) ||
          _diptych_detect_is (ctx, k, "and") || _diptych_detect_is (ctx, k, "but") ||
          _diptych_detect_is (ctx, k, "while") || _diptych_detect_is (ctx, k, "whom") ||
          (k > from && _diptych_detect_is (ctx, k - 1, ",") &&
           (detect_key (ctx, k)->quantity || _diptych_detect_is (ctx, k, "who"))))
        return 0;
      if (!(_diptych_detect_is (ctx, k, "are") || _diptych_detect_is (ctx, k, "were") ||
            _diptych_detect_is (ctx, k, "remain") || _diptych_detect_is (ctx, k, "remained")))
        continue;
      if (w < last && _diptych_detect_is (ctx, w, "still"))
        w++;
      if (w < last && _diptych_detect_is (ctx, w, "missing"))
        return w + 1;
      if (w + 1 < last && _diptych_detect_is (ctx, w, "unaccounted") && _diptych_detect_is (ctx, w + 1, "for"))
        return w + 2;
      return 0;
    }
  return 0;
}

/* Whether "with" someone's, after "fled" in its clause, stands before
 * @start: "fled with her five children", "fled across the wheat fields
 * with his wife and three grandchildren"; not "escaped with" nor "ran
 * with", of which the label sets count few.
 */
static gboolean
fled_with (DetectContext *ctx,
           guint          first,
           guint          start)
{
  guint with = start;

  /* … past the first of two: "his wife and" */
  if (with > first + 1 && _diptych_detect_is (ctx, with - 1, "and"))
    for (with--; with > first && start - with < 5 && !_diptych_detect_is (ctx, with - 1, "with") &&
                 !_diptych_detect_is_punct (ctx, with - 1);
         with--)
      ;
  else if (with > first && detect_is_possessive_determiner (ctx, with - 1))
    with--;
  if (with <= first + 1 || !_diptych_detect_is (ctx, with - 1, "with") ||
      !detect_is_possessive_determiner (ctx, with))
    return FALSE;
  for (guint v = with - 1; v > first && with - v < 10 && !_diptych_detect_is_punct (ctx, v - 1); v--)
    if (_diptych_detect_is (ctx, v - 1, "fled"))
      return TRUE;
  return FALSE;
}

/* Whether the age at @k, in digits or words, is a child's: under 18. */
static gboolean
child_age_at (DetectContext *ctx,
              guint          k)
{
  static const char * const words[] = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
  };
  Quantity q = { .start = k, .num = k, .end = k + 1 };
  gint64 age;

  if (detect_key (ctx, k)->digits)
    return _diptych_detect_whole_number (ctx, &q, &age) && age < 18;
  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    if (_diptych_detect_is (ctx, k, words[w]))
      return TRUE;
  return FALSE;
}

/* Whether the ages of those counted follow @i and are all a child's:
 * "wounding his two sons, aged 14 and 17", "two of them, aged 9 and 12,
 * were in serious condition".
 */
static gboolean
aged_as_children (DetectContext *ctx,
                  guint          i,
                  guint          last)
{
  guint ages = 0;

  if (i < last && _diptych_detect_is (ctx, i, ","))
    i++;
  if (!(i + 1 < last && _diptych_detect_is (ctx, i, "aged")))
    return FALSE;
  for (i++; i < last; i++)
    {
      if (_diptych_detect_is (ctx, i, "and") || _diptych_detect_is (ctx, i, "to") || _diptych_detect_is (ctx, i, "between") ||
          _diptych_detect_is_dash (ctx, i) || _diptych_detect_is (ctx, i, "-") ||
          (_diptych_detect_is (ctx, i, ",") && i + 1 < last && detect_key (ctx, i + 1)->quantity))
        continue;
      if (!detect_key (ctx, i)->digits && !_diptych_detect_is_number_word (ctx, i))
        break;
      if (!child_age_at (ctx, i))
        return FALSE;
      ages++;
    }
  return ages > 0;
}

/* Whether the verb at @i takes people away: "took", "take", "seized". */
static gboolean
taken_by_verb (DetectContext *ctx,
               guint          i)
{
  return _diptych_detect_is (ctx, i, "took") || _diptych_detect_is (ctx, i, "take") ||
         _diptych_detect_is (ctx, i, "taking") || _diptych_detect_is (ctx, i, "seize") ||
         _diptych_detect_is (ctx, i, "seized") || _diptych_detect_is (ctx, i, "seizing") ||
         /* "dragging at least 25 people into trucks" */
         _diptych_detect_is (ctx, i, "dragged") || _diptych_detect_is (ctx, i, "dragging");
}

/* Whether the words from @from to @to only say when: "that night", "on
 * Sunday", "last week", "after the violence"; or where, in a name: "in
 * Mitrovica".
 */
static gboolean
when_or_where_only (DetectContext *ctx,
           guint          from,
           guint          to)
{
  gboolean time = FALSE;

  if (to <= from || to - from > 6)
    return FALSE;
  /* "between 5 and 11 July", "between May and September" */
  if (to - from > 3)
    return _diptych_detect_is (ctx, from, "between") && _diptych_detect_is (ctx, from + 2, "and") &&
           (detect_in (ctx, to - 1, LEX_MONTH) || detect_in (ctx, from + 1, LEX_MONTH));
  for (guint k = from; k < to; k++)
    {
      /* … or where: "were killed in Mitrovica — five Albanians and two
       * Serbs"
       */
      if (k == from && k + 1 < to && _diptych_detect_is (ctx, k, "in") && detect_key (ctx, k + 1)->upper &&
          !detect_in (ctx, k + 1, LEX_MONTH))
        {
          time = TRUE;
          k++;
          if (k + 1 < to && detect_key (ctx, k + 1)->upper)
            k++;
        }
      /* … or after what: "arrested 23 people after the violence — 15
       * farmers and eight herders —"
       */
      else if (k == from && k + 3 == to && _diptych_detect_is (ctx, k, "after") && _diptych_detect_is (ctx, k + 1, "the") &&
               detect_in (ctx, k + 2, LEX_SOURCE_NOUN) && detect_value (ctx, k + 2, LEX_SOURCE_NOUN) == SOURCE_NOUN_EVENT)
        {
          time = TRUE;
          k += 2;
        }
      else if (detect_in (ctx, k, LEX_TIME) || detect_in (ctx, k, LEX_MONTH) || _diptych_detect_is (ctx, k, "night") ||
          _diptych_detect_is (ctx, k, "morning") || _diptych_detect_is (ctx, k, "evening") ||
          detect_ends_with (ctx, k, "day"))
        time = TRUE;
      else if (!(_diptych_detect_is (ctx, k, "that") || _diptych_detect_is (ctx, k, "on") ||
                 _diptych_detect_is (ctx, k, "last") || _diptych_detect_is (ctx, k, "the") ||
                 _diptych_detect_is (ctx, k, "this")))
        return FALSE;
    }
  return time;
}

/* The group whose toll the figure at @start gives, in "a civilian toll
 * of 27 dead", "the civilian death toll of 31 killed"; else -1.
 */
static gint
toll_of_group_before (DetectContext *ctx,
                      guint          first,
                      guint          start)
{
  guint k = start;

  if (k < first + 3 || !_diptych_detect_is (ctx, k - 1, "of") ||
      !(_diptych_detect_is (ctx, k - 2, "toll") || _diptych_detect_is (ctx, k - 2, "tally")))
    return -1;
  k -= 2;
  if (k > first + 1 && detect_in (ctx, k - 1, LEX_OUTCOME))
    k--;  /* "death toll" */
  if (detect_in (ctx, k - 1, LEX_GROUP) && !detect_key (ctx, k - 1)->upper)
    return detect_value (ctx, k - 1, LEX_GROUP);
  return -1;
}

/* Whether "dead" is what the figure from @from counts: right after its
 * number ending at @end ("27 dead"), or in its toll ("the number of the
 * dead at 38")
 */
static gboolean
counts_the_dead (DetectContext *ctx,
                 guint          from,
                 guint          end,
                 guint          last)
{
  if (end < last && _diptych_detect_is (ctx, end, "dead"))
    return TRUE;
  for (guint k = from; k + 1 < end; k++)
    if (_diptych_detect_is (ctx, k, "of") &&
        (_diptych_detect_is (ctx, k + 1, "dead") ||
         (k + 2 < end && _diptych_detect_is (ctx, k + 1, "the") && _diptych_detect_is (ctx, k + 2, "dead"))))
      return TRUE;
  return FALSE;
}

/* Whether an army's communiqué gives its own losses before @start in
 * the sentence: "On the friendly side, we deplore four dead and seven
 * wounded", "on the friendly side, four soldiers fell"
 */
static gboolean
friendly_side_before (DetectContext *ctx,
                      guint          first,
                      guint          start)
{
  for (guint k = first; k + 1 < start; k++)
    if (_diptych_detect_is (ctx, k, "friendly") && _diptych_detect_is (ctx, k + 1, "side"))
      return TRUE;
  return FALSE;
}

/* The group of the forces whose losses or toll the number at @start
 * gives: "put Russian losses in the sector at 74 killed", "its losses at
 * 12 dead and 119 wounded", "gave the army's losses as 11 dead", "the
 * rebels' losses at 14 dead", "the toll for the security forces was
 * “seven dead"; or -1. Losses of no one named as armed men are soldiers'.
 */
static gint
losses_group (DetectContext *ctx,
              guint          first,
              guint          start)
{
  const DetectEntry *entry = NULL;
  guint k = start;

  /* past the figure it is joined to: "at 74 killed and 119 wounded" */
  while (k > first && start - k < 6 && !_diptych_detect_is (ctx, k - 1, "at") && !_diptych_detect_is (ctx, k - 1, "as"))
    k--;
  if (k > first && (_diptych_detect_is (ctx, k - 1, "at") || _diptych_detect_is (ctx, k - 1, "as")))
    for (k = k - 1; k > first && start - k < 14; k--)
      {
        if (_diptych_detect_is (ctx, k - 1, "losses"))
          {
            guint w = k - 1, owner = G_MAXUINT;

            /* "the army's losses", "the rebels' losses" */
            if (w >= first + 3 && _diptych_detect_is (ctx, w - 1, "s") && _diptych_detect_is_apostrophe (ctx, w - 2))
              owner = w - 3;
            else if (w >= first + 2 && _diptych_detect_is_apostrophe (ctx, w - 1))
              owner = w - 2;
            if (owner != G_MAXUINT && _diptych_detect_match (ctx, owner, LEX_GROUP, &entry) > 0 &&
                entry->value == DIPTYCH_GROUP_FIGHTERS)
              return DIPTYCH_GROUP_FIGHTERS;
            return DIPTYCH_GROUP_SOLDIERS;
          }
        /* … "put the army's losses lower, at 26 dead" */
        if (_diptych_detect_is (ctx, k - 1, ",") && k >= first + 2 &&
            (_diptych_detect_is (ctx, k - 2, "lower") || _diptych_detect_is (ctx, k - 2, "higher")))
          continue;
        if (_diptych_detect_is_punct (ctx, k - 1))
          break;
      }
  /* "the toll for the security forces", "the toll among the soldiers" */
  for (k = start; k > first + 4 && start - k < 8; k--)
    if (_diptych_detect_is (ctx, k - 1, "for") || _diptych_detect_is (ctx, k - 1, "among"))
      {
        if (_diptych_detect_is (ctx, k - 2, "toll") && _diptych_detect_is (ctx, k, "the") && k + 1 < start &&
            _diptych_detect_match (ctx, k + 1, LEX_GROUP, &entry) > 0 &&
            (entry->value == DIPTYCH_GROUP_SOLDIERS || entry->value == DIPTYCH_GROUP_FIGHTERS))
          return entry->value;
        break;
      }
  return -1;
}

/* Whether a figure of the hurt was counted in @sentence or the two
 * before it: "the patients" after it are those hurt.
 */
static gboolean
hurt_just_counted (DetectContext *ctx,
                   guint          sentence)
{
  gint f = _diptych_detect_last_total (ctx, DIPTYCH_OUTCOME_INJURED, 0, DIPTYCH_NO_NUMBER, -1);

  return f >= 0 && g_array_index (ctx->figures, DetectItem, f).sentence + 2 >= sentence;
}

/* Whether figure @f is the first words of the sentence at @rel. */
static gboolean
opens_sentence (DetectContext *ctx,
                guint          rel,
                gint           f)
{
  return g_array_index (ctx->figures, DetectItem, f).first ==
         g_array_index (ctx->sentences, DetectSentence, rel).first;
}

/* How many sentences back a figure is named again though by another noun:
 * "the bodies of the five soldiers" after "five FC personnel"
 */
#define REPEAT_NEAR 6

/* Whether the outcome word of @n tokens at @i is a noun that counts
 * people: "20,000 lives", "29 deaths", "200 killings", "1,147 homicides"
 */
static gboolean
is_outcome_noun_of_people (DetectContext *ctx,
                           guint          i,
                           guint          n)
{
  return n == 1 && (_diptych_detect_is (ctx, i, "lives") || _diptych_detect_is (ctx, i, "deaths") ||
                    _diptych_detect_is (ctx, i, "killings") || _diptych_detect_is (ctx, i, "fatalities") ||
                    _diptych_detect_is (ctx, i, "homicides"));
}

/* Whether the word at @i is a plural noun of things the lists do not
 * know: "vehicles" of "two military vehicles"
 */
static gboolean
is_thing_after (DetectContext *ctx,
                guint          i)
{
  return _diptych_detect_is_plural_noun (ctx, i) && !detect_key (ctx, i)->upper &&
         !detect_in (ctx, i, LEX_GROUP) && !detect_in (ctx, i, LEX_OUTCOME) && !detect_in (ctx, i, LEX_FUNCTION) &&
         !detect_in (ctx, i, LEX_AUXILIARY) && !detect_in (ctx, i, LEX_REPORTING) && !detect_in (ctx, i, LEX_SOURCE_TYPE);
}

/* Whether the plural noun at @i names people by what they do, the lists
 * knowing it or not: "eradicators", "herders", "assailants".
 */
static gboolean
names_agents (DetectContext *ctx,
              guint          i)
{
  return detect_ends_with (ctx, i, "ers") || detect_ends_with (ctx, i, "ors") || detect_ends_with (ctx, i, "ists") ||
         detect_ends_with (ctx, i, "ians") || detect_ends_with (ctx, i, "ants") || detect_ends_with (ctx, i, "ents");
}

/* Whether the word at @i is the singular of a group noun, whose plural
 * is one too: "refugee" of "refugees".
 */
static gboolean
is_singular_of_group (DetectContext *ctx,
                      guint          i)
{
  g_autofree char *plural = g_strconcat (detect_lower (ctx, i), "s", NULL);
  const DetectEntry *entries;
  guint n_entries;

  _diptych_detect_lexicon_lookup (ctx->lexicon, plural, &entries, &n_entries, NULL);
  for (guint e = 0; e < n_entries; e++)
    if (entries[e].list == LEX_GROUP && entries[e].n_words == 1)
      return TRUE;
  return FALSE;
}

/* Where the verb of be before "holding" at @before - 1 stands: "are
 * holding", "had been holding", "are still holding"; or 0.
 */
static guint
holding_verb (DetectContext *ctx,
              guint          first,
              guint          before)
{
  if (before < first + 2 || !_diptych_detect_is (ctx, before - 1, "holding"))
    return 0;
  /* … "had been holding": from the first of the verbs */
  if (_diptych_detect_is_verb_of_be (ctx, before - 2) || _diptych_detect_is (ctx, before - 2, "been"))
    {
      guint be = before - 2;

      while (be > first && detect_in (ctx, be - 1, LEX_AUXILIARY))
        be--;
      return be;
    }
  /* … "are still holding", "are also holding", "are themselves holding" */
  if (before > first + 2 &&
      (_diptych_detect_is (ctx, before - 2, "still") || _diptych_detect_is (ctx, before - 2, "also") ||
       _diptych_detect_is (ctx, before - 2, "themselves")) &&
      _diptych_detect_is_verb_of_be (ctx, before - 3))
    return before - 3;
  return 0;
}

/* Whether the words from @i say of what those counted are accused:
 * "holding nine people suspected of supplying the militants", "holding
 * 14 men accused of sending the market's coordinates", "holding 11 men
 * it accuses of taking part".
 */
static gboolean
accused_after (DetectContext *ctx,
               guint          i,
               guint          last)
{
  if (i + 1 < last && (_diptych_detect_is (ctx, i, "it") || _diptych_detect_is (ctx, i, "they")))
    i++;
  return i + 1 < last &&
         (_diptych_detect_is (ctx, i, "suspected") || _diptych_detect_is (ctx, i, "accused") ||
          _diptych_detect_is (ctx, i, "accuses") || _diptych_detect_is (ctx, i, "accuse")) &&
         _diptych_detect_is (ctx, i + 1, "of");
}

/* Whether the words from @from to @end are "of its members", "of their
 * members".
 */
static gboolean
own_members (DetectContext *ctx,
             guint          from,
             guint          end)
{
  return end == from + 3 && _diptych_detect_is (ctx, from, "of") &&
         (_diptych_detect_is (ctx, from + 1, "its") || _diptych_detect_is (ctx, from + 1, "their")) &&
         _diptych_detect_is (ctx, from + 2, "members");
}

/* Whether the words from @first to before @end name, in lower case, a
 * body that bears no arms: "the opposition ADR", "the party said", "a
 * herders' association", "The union's lawyer said"; or in a name, one
 * whose last word says so: "The Kalinga Tribal Elders' Alliance said"
 * (not "an alliance of Druze factions").
 */
static gboolean
names_unarmed_body (DetectContext *ctx,
                    guint          first,
                    guint          end)
{
  static const char * const bodies[] = {
    "party", "opposition", "association", "union", "federation", "community", "church",
    "party's", "association's", "union's", "federation's", "community's", "church's",
  };
  static const char * const names[] = {
    "association", "federation", "alliance", "network",
  };

  for (guint k = first; k < end; k++)
    {
      for (guint b = 0; b < G_N_ELEMENTS (bodies); b++)
        if (!detect_key (ctx, k)->upper && _diptych_detect_is (ctx, k, bodies[b]))
          return TRUE;
      for (guint b = 0; b < G_N_ELEMENTS (names); b++)
        if (detect_key (ctx, k)->upper && _diptych_detect_is (ctx, k, names[b]))
          return TRUE;
    }
  return FALSE;
}

/* Whether the subject just before the verb at @verb names armed men or
 * an armed group by its initials: "the rebels are", "the RDN is".
 */
static gboolean
armed_subject (DetectContext *ctx,
               guint          first,
               guint          verb)
{
  if (verb > first && detect_key (ctx, verb - 1)->all_upper && detect_key (ctx, verb - 1)->kind == DIPTYCH_TOKEN_WORD)
    return TRUE;
  for (guint k = verb > first + 5 ? verb - 5 : first, n; k < verb; k++)
    if ((n = _diptych_detect_armed_at (ctx, k, verb)) > 0 &&
        (k + n == verb ||
         /* … past where they are: "Armed factions in Salkhad are" */
         (k + n + 2 == verb && _diptych_detect_is (ctx, k + n, "in") && detect_key (ctx, k + n + 1)->upper)))
      return TRUE;
  return FALSE;
}

/* Whether the subject a few words before the verb at @verb is the state
 * that holds people: "Ethiopian authorities are holding at least 3,800
 * people", "The Bosnian Serb authorities in Prijedor are holding", "his
 * forces were holding 12 men"; or a pronoun for whoever the sentence
 * said holds them ("Police said they were holding 15 people": 53 of the
 * 54 labelled such "holding" are the detained)
 */
static gboolean
state_subject (DetectContext *ctx,
               guint          first,
               guint          verb)
{
  if (verb > first && (_diptych_detect_is (ctx, verb - 1, "they") || _diptych_detect_is (ctx, verb - 1, "it") ||
                       _diptych_detect_is (ctx, verb - 1, "we")))
    return TRUE;
  for (guint k = verb > first + 6 ? verb - 6 : first; k < verb; k++)
    if (_diptych_detect_is (ctx, k, "authorities") || _diptych_detect_is (ctx, k, "prosecutors") ||
        _diptych_detect_is (ctx, k, "government") || _diptych_detect_is (ctx, k, "junta") ||
        _diptych_detect_is (ctx, k, "forces") || _diptych_detect_is (ctx, k, "police"))
      return TRUE;
  return FALSE;
}

/* Whether the words from @i name the kin or neighbours of others:
 * "relatives of those killed", "relatives and neighbours of the
 * abducted".
 */
static gboolean
kin_of_others (DetectContext *ctx,
               guint          i,
               guint          last)
{
  guint k = i;

  while (k < last && (_diptych_detect_is (ctx, k, "relatives") || _diptych_detect_is (ctx, k, "neighbours") ||
                      _diptych_detect_is (ctx, k, "neighbors") || _diptych_detect_is (ctx, k, "friends") ||
                      (k > i && _diptych_detect_is (ctx, k, "and"))))
    k++;
  /* … "eight relatives of people killed in the operation", "14 relatives
   * of detained or missing people"
   */
  if (!(k > i && !_diptych_detect_is (ctx, k - 1, "and") && k + 2 < last && _diptych_detect_is (ctx, k, "of") &&
        (_diptych_detect_is (ctx, k + 1, "those") || _diptych_detect_is (ctx, k + 1, "the") ||
         _diptych_detect_is (ctx, k + 1, "people"))))
    {
      guint n;

      return k > i && k + 2 < last && _diptych_detect_is (ctx, k, "of") &&
             _diptych_detect_match_outcome (ctx, k + 1, &n) >= 0;
    }
  /* of the dead or the taken, not "five relatives of the mayor"; "11
   * relatives of people held at the camp"
   */
  for (guint o = k + 2; o < last && o < k + 4; o++)
    {
      guint n;

      if (_diptych_detect_match_outcome (ctx, o, &n) >= 0 || _diptych_detect_is (ctx, o, "victims") ||
          _diptych_detect_is (ctx, o, "held"))
        return TRUE;
    }
  return FALSE;
}

/* Whether the people counted before @from did it to others, in a
 * perfect tense that is not passive: "and that some 200 troops sent as
 * reinforcements had “neutralised” about 20 assailants".
 */
static gboolean
acts_on_others (DetectContext *ctx,
                guint          from,
                guint          last)
{
  for (guint k = from, n; k < last && k < from + 8; k++)
    {
      guint verb = k;
      gint outcome;

      if (_diptych_detect_is (ctx, k, ",") || _diptych_detect_is (ctx, k, ";"))
        return FALSE;
      if ((outcome = _diptych_detect_match_outcome (ctx, k, &n)) < 0)
        continue;
      /* "have crossed into the Central African Republic": their own fate */
      if (outcome == DIPTYCH_OUTCOME_DISPLACED || outcome == DIPTYCH_OUTCOME_MISSING)
        return FALSE;
      if (verb > from && _diptych_detect_is_quote (ctx, verb - 1))
        verb--;
      return verb > from && k + n < last &&
             (_diptych_detect_is (ctx, verb - 1, "had") || _diptych_detect_is (ctx, verb - 1, "have") ||
              _diptych_detect_is (ctx, verb - 1, "has")) &&
             _diptych_detect_is_object_start (ctx, k + n, last);
    }
  return FALSE;
}

/* The group of the armed words from @start to @end: that of the group
 * noun they end with ("the security forces"), else fighters ("armed
 * men", "the gang").
 */
static gint
armed_phrase_group (DetectContext *ctx,
                    guint          start,
                    guint          end)
{
  const DetectEntry *entry = NULL;

  for (guint noun = end; noun > start; noun--)
    if (_diptych_detect_match (ctx, noun - 1, LEX_GROUP, &entry) > 0 && noun - 1 + entry->n_words == end)
      return entry->value;
  return DIPTYCH_GROUP_FIGHTERS;
}

/* The group of the armed men that are the subject of a verb before @end
 * in the sentence from @first: "fighters" of "its fighters had killed",
 * "soldiers" of "that soldiers had repelled the attack"; or -1.
 */
static gint
armed_subject_group (DetectContext *ctx,
                     guint          first,
                     guint          end)
{
  for (guint k = first, n; k < end; k++)
    {
      if ((n = _diptych_detect_armed_at (ctx, k, end)) == 0 || k + n >= end ||
          !detect_in (ctx, k + n, LEX_AUXILIARY))
        continue;
      return armed_phrase_group (ctx, k, k + n);
    }
  return -1;
}

/* The group of the armed men or armed group that is the subject of the
 * verb at @verb, just before it or its auxiliaries: "the gang had lost",
 * "the security forces lost"; or -1.
 */
static gint
armed_subject_of (DetectContext *ctx,
                  guint          first,
                  guint          verb)
{
  guint end = verb;

  while (end > first && detect_in (ctx, end - 1, LEX_AUXILIARY))
    end--;
  for (guint k = end > first + 4 ? end - 4 : first; k < end; k++)
    {
      if (_diptych_detect_armed_at (ctx, k, end) == end - k)
        return armed_phrase_group (ctx, k, end);
    }
  return -1;
}

/* Whether the tokens from @start to before @end are all words */
static gboolean
words_only (DetectContext *ctx,
            guint          start,
            guint          end)
{
  for (guint k = start; k < end; k++)
    if (detect_key (ctx, k)->kind != DIPTYCH_TOKEN_WORD || detect_key (ctx, k)->quantity)
      return FALSE;
  return TRUE;
}

/* Whether the words from @i say for how long people were held: "for
 * about six hours", "for two days", "for several hours".
 */
static gboolean
held_for_a_time (DetectContext *ctx,
                 guint          i,
                 guint          last)
{
  guint k, stop = i + 6;

  /* … past where: "held roughly 60 men in a monastery compound for two
   * days"
   */
  while (i < last && i < stop && !_diptych_detect_is (ctx, i, "for") && !_diptych_detect_is_punct (ctx, i))
    i++;
  if (i >= last || !_diptych_detect_is (ctx, i, "for"))
    return FALSE;
  k = i + 1;
  k += _diptych_detect_match (ctx, k, LEX_QUALIFIER, NULL);
  return k + 1 < last && (detect_key (ctx, k)->quantity || _diptych_detect_is (ctx, k, "several")) &&
         detect_in (ctx, k + 1, LEX_TIME);
}

/* Whether the verb from @i says that those counted were let go: "had
 * been released by Wednesday", "were freed on Saturday"; not "escaped",
 * "were rescued", which the labels count no more than the detainees.
 */
static gboolean
released_part (DetectContext *ctx,
               guint          i,
               guint          last)
{
  for (guint k = i; k < last && k < i + 5; k++)
    {
      if (_diptych_detect_is (ctx, k, "released") || _diptych_detect_is (ctx, k, "freed"))
        return TRUE;
      if (!detect_in (ctx, k, LEX_AUXILIARY) && !_diptych_detect_is (ctx, k, "later") &&
          !_diptych_detect_is (ctx, k, "since") && !_diptych_detect_is (ctx, k, "subsequently"))
        return FALSE;
    }
  return FALSE;
}

/* Whether the words from @i, in the clause, say how people were held
 * against their will: "at gunpoint", "as human shields", "in the
 * basement of a summer camp", "including two nurses, for several hours";
 * not "the tent had held some 150 people", "cells holding up to 80 men".
 */
static gboolean
held_captive_after (DetectContext *ctx,
                    guint          i,
                    guint          last)
{
  for (guint k = i; k < last && k < i + 12; k++)
    {
      if (_diptych_detect_is (ctx, k, ".") || _diptych_detect_is (ctx, k, ";") || _diptych_detect_is (ctx, k, "and"))
        return FALSE;
      if (_diptych_detect_is (ctx, k, "gunpoint") || _diptych_detect_is (ctx, k, "shields") ||
          _diptych_detect_is (ctx, k, "shield") || _diptych_detect_is (ctx, k, "hostage") ||
          _diptych_detect_is (ctx, k, "captive") || _diptych_detect_is (ctx, k, "incommunicado") ||
          _diptych_detect_is (ctx, k, "basement") || _diptych_detect_is (ctx, k, "basements") ||
          _diptych_detect_is (ctx, k, "cellar") || _diptych_detect_is (ctx, k, "cellars") ||
          (_diptych_detect_is (ctx, k, "against") && k + 2 < last && _diptych_detect_is (ctx, k + 2, "will")))
        return TRUE;
      if (_diptych_detect_is (ctx, k, "for") && held_for_a_time (ctx, k, last))
        return TRUE;
    }
  return FALSE;
}

/* Whether the verb from @i says that people left or are arriving: "left
 * on Friday", "are arriving every day", "have arrived".
 */
static gboolean
arriving_or_leaving (DetectContext *ctx,
                     guint          i,
                     guint          last)
{
  guint k = i;

  while (k < last && k < i + 2 && detect_in (ctx, k, LEX_AUXILIARY))
    k++;
  return k < last && (_diptych_detect_is (ctx, k, "left") || _diptych_detect_is (ctx, k, "arriving") ||
                      _diptych_detect_is (ctx, k, "arrived") || _diptych_detect_is (ctx, k, "arrive"));
}

/* Where the count of a whole starts after the "of" of a part at @d - 1:
 * "the roughly 40 passengers", "the subdivision's 42,000 inhabitants",
 * "Manaung's roughly 60,000 residents";
 * or @d when no determiner comes first.
 */
static guint
whole_after_of (DetectContext *ctx,
                guint          d,
                guint          last)
{
  guint w = d;

  /* "the", "its": "14 of its 62 workers" */
  if (w < last && (_diptych_detect_is (ctx, w, "the") || detect_is_possessive_determiner (ctx, w)))
    w++;
  /* … "Manaung's roughly 60,000 residents" */
  if ((w > d || detect_key (ctx, w)->upper) && w + 1 < last && detect_key (ctx, w)->possessive &&
      !detect_key (ctx, w)->quantity)
    w++;
  return w;
}

/* Whether the figures of @sentence found so far count armed men:
 * "neutralised 34 of the attackers and captured seven".
 */
static gboolean
armed_counted_in (DetectContext *ctx,
                  guint          sentence)
{
  for (guint f = ctx->figures->len; f > 0; f--)
    {
      const DetectItem *item = &g_array_index (ctx->figures, DetectItem, f - 1);

      if (item->sentence != sentence)
        break;
      if (item->casualty.group == DIPTYCH_GROUP_FIGHTERS || item->casualty.group == DIPTYCH_GROUP_SOLDIERS)
        return TRUE;
    }
  return FALSE;
}

/* Whether @word stands from @start to before @end */
static gboolean
has_word_in (DetectContext *ctx,
             guint          start,
             guint          end,
             const char    *word)
{
  for (guint k = start; k < end; k++)
    if (_diptych_detect_is (ctx, k, word))
      return TRUE;
  return FALSE;
}

/* Whether "registered" comes before the people counted at @before and a
 * site for the displaced after their noun at @i, past an aside that
 * counts them again: "registered 596 families – 2,087 people – in 3
 * temporary shelters", "in six evacuation centers", "with host
 * families".
 */
static gboolean
registered_at_site (DetectContext *ctx,
                    guint          first,
                    guint          before,
                    guint          i,
                    guint          last)
{
  /* … not "3,000 voters in 12 polling centres" */
  if (!(before > first && _diptych_detect_is (ctx, before - 1, "registered")) ||
      (i > 0 && _diptych_detect_is (ctx, i - 1, "voters")))
    return FALSE;
  if (i < last && (_diptych_detect_is (ctx, i, ",") || _diptych_detect_is_dash (ctx, i)))
    {
      guint k;

      for (k = i + 1; k < last && k < i + 8 && !_diptych_detect_is (ctx, k, ",") && !_diptych_detect_is_dash (ctx, k); k++)
        ;
      if (!(k < last && (_diptych_detect_is (ctx, k, ",") || _diptych_detect_is_dash (ctx, k))))
        return FALSE;
      i = k + 1;
    }
  if (!(i + 1 < last && (_diptych_detect_is (ctx, i, "in") || _diptych_detect_is (ctx, i, "at") ||
                         _diptych_detect_is (ctx, i, "with"))))
    return FALSE;
  for (guint k = i + 1; k < last && k < i + 6 && !_diptych_detect_is_punct (ctx, k); k++)
    if (_diptych_detect_is (ctx, k, "site") || _diptych_detect_is (ctx, k, "sites") ||
        _diptych_detect_is (ctx, k, "camp") || _diptych_detect_is (ctx, k, "camps") ||
        _diptych_detect_is (ctx, k, "shelter") || _diptych_detect_is (ctx, k, "shelters") ||
        _diptych_detect_is (ctx, k, "centre") || _diptych_detect_is (ctx, k, "centres") ||
        _diptych_detect_is (ctx, k, "center") || _diptych_detect_is (ctx, k, "centers") ||
        (_diptych_detect_is (ctx, k, "families") && _diptych_detect_is (ctx, k - 1, "host")))
      return TRUE;
  return FALSE;
}

/* The figure of families the people counted at @before count again, in
 * persons: "312 families, comprising 1,560 persons", "512 families, or
 * 2,146 people", "596 families – 2,087 people"; else -1.
 */
static gint
families_restated (DetectContext *ctx,
                   guint          sentence,
                   guint          first,
                   guint          before)
{
  gint f = _diptych_detect_last_in_sentence (ctx, sentence);
  guint k = before - 1;

  if (f < 0 || before < first + 3)
    return -1;
  if ((_diptych_detect_is (ctx, k, "comprising") || _diptych_detect_is (ctx, k, "numbering") ||
       _diptych_detect_is (ctx, k, "totalling") || _diptych_detect_is (ctx, k, "totaling") ||
       _diptych_detect_is (ctx, k, "or")) &&
      _diptych_detect_is (ctx, k - 1, ","))
    k--;
  else if (!_diptych_detect_is_dash (ctx, k))
    return -1;
  if (g_array_index (ctx->figures, DetectItem, f).last != k ||
      !(_diptych_detect_is (ctx, k - 1, "families") || _diptych_detect_is (ctx, k - 1, "households")))
    return -1;
  return f;
}

/* Whether a demand to set free the people counted at @before comes
 * just before them: "to release the 14 men", "must release our two
 * colleagues", "to release immediately the 10 civilians".
 */
static gboolean
release_called_for (DetectContext *ctx,
                    guint          first,
                    guint          before)
{
  guint k = before;

  if (k > first && (_diptych_detect_is (ctx, k - 1, "the") || _diptych_detect_is (ctx, k - 1, "all") ||
                    detect_is_possessive_determiner (ctx, k - 1)))
    k--;
  if (k > first && _diptych_detect_is (ctx, k - 1, "immediately"))
    k--;
  return k > first + 1 && _diptych_detect_is (ctx, k - 1, "release") &&
         (_diptych_detect_is (ctx, k - 2, "to") || _diptych_detect_is (ctx, k - 2, "must") ||
          _diptych_detect_is (ctx, k - 2, "should") || _diptych_detect_is (ctx, k - 2, "and") ||
          _diptych_detect_is (ctx, k - 2, "immediately"));
}

/* Whether a passive verb of its own that tells no fate follows a
 * figure's noun ending at @i, past a second noun joined to it: "and that
 * some 400 police officers and soldiers have been deployed" (but "while
 * three were referred to SMHS Hospital" are of the hurt before them).
 */
static gboolean
other_verb_after (DetectContext *ctx,
                  guint          i,
                  guint          last)
{
  guint n;

  if (i + 1 < last && _diptych_detect_is (ctx, i, "and") && (n = _diptych_detect_match (ctx, i + 1, LEX_GROUP, NULL)) > 0)
    i += 1 + n;
  if (!(i < last && detect_in (ctx, i, LEX_AUXILIARY)))
    return FALSE;
  while (i < last && detect_in (ctx, i, LEX_AUXILIARY))
    i++;
  return i < last && detect_ends_with (ctx, i, "ed") && !detect_key (ctx, i)->upper &&
         !detect_in (ctx, i, LEX_OUTCOME) && _diptych_detect_match_outcome (ctx, i, &n) < 0;
}

/* Whether "took" or "taken" is the verb of the object at @before: "took
 * my two sons", or past those listed before it: "took my husband and my
 * two brothers", "took my husband, my father and about 200 other men".
 */
static gboolean
taken_before (DetectContext *ctx,
              guint          first,
              guint          before)
{
  guint k = before - 1;

  if (before > first + 2 && _diptych_detect_is (ctx, k, "and"))
    for (k--; k > first && before - k < 12 && (!_diptych_detect_is_punct (ctx, k) || _diptych_detect_is (ctx, k, ","));
         k--)
      {
        if (taken_by_verb (ctx, k) || _diptych_detect_is (ctx, k, "taken"))
          break;
        /* not past a breakdown: "had taken refuge there, among them
         * seven children and three monks"
         */
        if (detect_in (ctx, k, LEX_BREAKDOWN) || detect_key (ctx, k)->quantity)
          return FALSE;
      }
  return taken_by_verb (ctx, k) || _diptych_detect_is (ctx, k, "taken");
}

/* Whether the people taken, whose noun ends at @i, were shot when
 * taken: "… out of the house and shot them"; not "taken 14 residents out
 * of the town".
 */
static gboolean
shot_when_taken (DetectContext *ctx,
                 guint          i,
                 guint          last)
{
  guint n;

  for (guint k = i; k + 2 < last && k < i + 10 && !_diptych_detect_is (ctx, k, ";"); k++)
    if (_diptych_detect_is (ctx, k, "and") && _diptych_detect_is (ctx, k + 2, "them") &&
        (_diptych_detect_is (ctx, k + 1, "shot") || _diptych_detect_is (ctx, k + 1, "shoot") ||
         _diptych_detect_match_outcome (ctx, k + 1, &n) == DIPTYCH_OUTCOME_KILLED))
      return TRUE;
  return FALSE;
}

/* Whether "suspected" or "alleged" stands from @start to before @end */
static gboolean
suspected_before (DetectContext *ctx,
                  guint          start,
                  guint          end)
{
  return has_word_in (ctx, start, end, "suspected") || has_word_in (ctx, start, end, "alleged");
}

/* Whether the words from @start to @end say "neutralised" or
 * "eliminated", as a state's communiqué says of armed men killed
 */
static gboolean
neutralised (DetectContext *ctx,
             guint          start,
             guint          end)
{
  for (guint k = start; k < end; k++)
    if (detect_starts_with (ctx, k, "neutrali") || detect_starts_with (ctx, k, "eliminat"))
      return TRUE;
  return FALSE;
}

/* Whether @i names the state's agents who hold people, past "the":
 * "security agencies", "intelligence services", "the authorities"
 */
static gboolean
state_agents_at (DetectContext *ctx,
                 guint          i,
                 guint          last)
{
  if (i < last && _diptych_detect_is (ctx, i, "the"))
    i++;
  return i < last &&
         ((i + 1 < last && (_diptych_detect_is (ctx, i, "security") || _diptych_detect_is (ctx, i, "intelligence")) &&
           !_diptych_detect_is_punct (ctx, i + 1)) ||
          _diptych_detect_is (ctx, i, "authorities") || _diptych_detect_is (ctx, i, "agents"));
}

/* Whether the number at @start estimates the people a noun before it
 * names: "The raiders, estimated at more than 100", "the attackers,
 * numbering about 40"
 */
static gboolean
estimated_of_noun (DetectContext *ctx,
                   guint          first,
                   guint          start)
{
  guint k = start;

  if (k > first + 1 && _diptych_detect_is (ctx, k - 1, "at") && _diptych_detect_is (ctx, k - 2, "estimated"))
    k -= 2;
  else if (k > first && _diptych_detect_is (ctx, k - 1, "numbering"))
    k--;
  else
    return FALSE;
  return k > first + 1 && _diptych_detect_is (ctx, k - 1, ",") && detect_in (ctx, k - 2, LEX_GROUP);
}

/* Whether "cases of" follows the number ending at @end, past a word
 * that says how sure the count is: "37 cases of", "1,200 suspected cases
 * of".
 */
static gboolean
cases_of_before (DetectContext *ctx,
                 guint          end,
                 guint          last)
{
  if (end < last && (_diptych_detect_is (ctx, end, "suspected") || _diptych_detect_is (ctx, end, "confirmed") ||
                     _diptych_detect_is (ctx, end, "new")))
    end++;
  /* … the illness before: "126 suspected cholera cases among displaced
   * people", "3 confirmed measles cases among new arrivals"
   */
  if (end + 2 < last && !_diptych_detect_is (ctx, end, "cases") && _diptych_detect_is (ctx, end + 1, "cases") &&
      _diptych_detect_is (ctx, end + 2, "among") && !detect_key (ctx, end)->quantity && !detect_in (ctx, end, LEX_GROUP))
    return TRUE;
  return end + 1 < last && _diptych_detect_is (ctx, end, "cases") && _diptych_detect_is (ctx, end + 1, "of");
}

/* Where "of the ELN" from @of ends, "of" and the initials of a body the
 * lists do not know, and nothing more; or 0.
 */
static guint
members_of_initials (DetectContext *ctx,
                     guint          of,
                     guint          last)
{
  guint k = of + 1;

  if (!_diptych_detect_is (ctx, of, "of"))
    return 0;
  if (_diptych_detect_is (ctx, k, "the"))
    k++;
  if (k >= last || !detect_is_acronym (ctx, k) || detect_in (ctx, k, LEX_SOURCE_TYPE) ||
      detect_in (ctx, k, LEX_GROUP) || detect_in (ctx, k, LEX_TITLE))
    return 0;
  return k + 1 >= last || _diptych_detect_is_punct (ctx, k + 1) || detect_in (ctx, k + 1, LEX_FUNCTION) ? k + 1 : 0;
}

/* Whether the word at @i names a body that bears no arms: a party, a
 * family, a community
 */
static gboolean
unarmed_body (DetectContext *ctx,
              guint          i)
{
  return detect_figure_word (ctx, i, FIGURE_WORD_CIVIC) || detect_figure_word (ctx, i, FIGURE_WORD_KIN) ||
         detect_figure_word (ctx, i, FIGURE_WORD_HOME);
}

/* Where "of the Clan del Golfo" from @of ends: "of", a determiner, a
 * word or two before the name ("of the army-allied Popular Resistance")
 * and a name in capitals; or 0. Not a body that bears no arms ("of the
 * Abu Rjeila family", "of the Kashmir Civil Rights Alliance"), nor one
 * the lists know ("of the UN", "of the Red Cross").
 */
static guint
members_of_name (DetectContext *ctx,
                 guint          of,
                 guint          last)
{
  guint k = of + 1, end = 0;

  if (!_diptych_detect_is (ctx, of, "of"))
    return 0;
  if (k < last && (_diptych_detect_is (ctx, k, "the") || _diptych_detect_is (ctx, k, "a")))
    k++;
  for (guint before = 0; k < last && before < 3 && !detect_key (ctx, k)->upper; k++, before++)
    if (_diptych_detect_is_punct (ctx, k) || detect_in (ctx, k, LEX_FUNCTION) || unarmed_body (ctx, k))
      return 0;
  for (guint stop = k + 8; k < last && k < stop; k++)
    {
      const DetectEntry *type = NULL;

      if (unarmed_body (ctx, k) || detect_in (ctx, k, LEX_TITLE) ||
          (_diptych_detect_match (ctx, k, LEX_SOURCE_TYPE, &type) > 0 && type->value != DIPTYCH_SOURCE_MILITARY))
        return 0;
      if (detect_key (ctx, k)->upper)
        end = k + 1;
      /* "Comandos de la Frontera", "People's Defence Force" */
      else if (!(end > 0 && (_diptych_detect_is (ctx, k, "de") || _diptych_detect_is (ctx, k, "del") ||
                             _diptych_detect_is (ctx, k, "la") || _diptych_detect_is_apostrophe (ctx, k) ||
                             _diptych_detect_is (ctx, k, "s"))))
        break;
    }
  /* not a name before a noun of its own: "of Syria's Alawite minority" */
  if (end > 0 && end < last && !_diptych_detect_is_punct (ctx, end) && !detect_in (ctx, end, LEX_FUNCTION) &&
      !detect_in (ctx, end, LEX_AUXILIARY) && !detect_in (ctx, end, LEX_RELATIVE) && !detect_in (ctx, end, LEX_CLAUSE))
    return 0;
  return end;
}

/* Whether an outcome word, of @outcome or of any outcome when it is -1,
 * stands from @start to before @end: "19 injured people", "38 injuries"
 */
static gboolean
outcome_within (DetectContext *ctx,
                guint          start,
                guint          end,
                gint           outcome)
{
  for (guint k = start; k < end; k++)
    {
      guint n;
      gint found = _diptych_detect_match_outcome (ctx, k, &n);

      if (found >= 0 && (outcome < 0 || found == outcome))
        return TRUE;
    }
  return FALSE;
}

/* The outcome of the one-word outcome at @i: "wounded", "arrested"; or
 * -1.
 */
static gint
one_word_outcome (DetectContext *ctx,
                  guint          i)
{
  guint n;
  gint outcome = _diptych_detect_match_outcome (ctx, i, &n);

  return outcome >= 0 && n == 1 ? outcome : -1;
}

/* The outcome of the people named before a list that breaks them down,
 * the list holding @start; or -1. In dashes after "the" and an outcome
 * word ("The wounded – a sergeant and two privates – were evacuated") or
 * the people's own noun ("The abducted teachers – three men and two
 * women aged between 24 and 38 – were among …"); or in commas after the
 * subject the sentence opens with ("The victims, seven men and two
 * women, were shot", "“Those arrested, 19 men and four women, are
 * helping the police").
 */
static gint
outcome_before_dash_list (DetectContext *ctx,
                          guint          first,
                          guint          start)
{
  guint dash;

  if (first < start && _diptych_detect_is_quote (ctx, first))
    first++;
  if (start == first + 3 && _diptych_detect_is (ctx, start - 1, ",") &&
      (_diptych_detect_is (ctx, first, "the") || _diptych_detect_is (ctx, first, "those")))
    return _diptych_detect_is (ctx, first + 1, "victims") ? DIPTYCH_OUTCOME_KILLED : one_word_outcome (ctx, first + 1);
  /* … or after a colon: "a breakdown of the dead: five protesters, two
   * soldiers and two residents"
   */
  for (dash = start; dash > first && start - dash < 8; dash--)
    {
      if (_diptych_detect_is_dash (ctx, dash - 1) || _diptych_detect_is (ctx, dash - 1, ":"))
        break;
      if (!(detect_key (ctx, dash - 1)->kind == DIPTYCH_TOKEN_WORD || _diptych_detect_is (ctx, dash - 1, ",")) ||
          detect_in (ctx, dash - 1, LEX_OUTCOME) || detect_in (ctx, dash - 1, LEX_REPORTING))
        return -1;
    }
  if (dash < first + 3 || !(_diptych_detect_is_dash (ctx, dash - 1) || _diptych_detect_is (ctx, dash - 1, ":")))
    return -1;
  dash--;
  if (dash >= first + 3 && _diptych_detect_is (ctx, dash - 3, "the") && !detect_key (ctx, dash - 1)->upper &&
      detect_in (ctx, dash - 1, LEX_GROUP))
    return one_word_outcome (ctx, dash - 2);
  if (_diptych_detect_is (ctx, dash - 2, "the") && one_word_outcome (ctx, dash - 1) >= 0)
    return one_word_outcome (ctx, dash - 1);
  /* … "The bodies on the highway — seven men and two women": past where
   * they are
   */
  for (guint t = dash - 2; t > first && dash - t <= 6; t--)
    if (_diptych_detect_is (ctx, t - 1, "the") &&
        (_diptych_detect_is (ctx, t + 1, "on") || _diptych_detect_is (ctx, t + 1, "in") ||
         _diptych_detect_is (ctx, t + 1, "at") || _diptych_detect_is (ctx, t + 1, "from")))
      return one_word_outcome (ctx, t);
  return -1;
}

/* Where the group noun after a name of several words starts, the name
 * from @h: "rebels" of "11 Allied Democratic Forces (ADF) rebels"; or @h
 * when no such name and noun follow.
 */
static guint
past_name_to_group (DetectContext *ctx,
                    guint          h,
                    guint          last)
{
  guint k = h;

  if (h >= last || !detect_key (ctx, h)->upper || detect_in (ctx, h, LEX_GROUP))
    return h;
  /* "Two U.S. soldiers", "23 U.N. staff members": an initialism with its
   * points
   */
  while (k + 1 < last && detect_key (ctx, k)->letter && detect_key (ctx, k)->upper && _diptych_detect_is (ctx, k + 1, "."))
    k += 2;
  if (k >= h + 4)
    return k < last && !detect_key (ctx, k)->upper && _diptych_detect_match (ctx, k, LEX_GROUP, NULL) > 0 ? k : h;
  k = h;
  while (k < last && k < h + 5 && detect_key (ctx, k)->upper && !detect_in (ctx, k, LEX_GROUP))
    k++;
  if (k + 3 < last && _diptych_detect_is (ctx, k, "(") && detect_is_acronym (ctx, k + 1) &&
      _diptych_detect_is (ctx, k + 2, ")"))
    k += 3;
  return k > h + 1 && k < last && !detect_key (ctx, k)->upper && _diptych_detect_match (ctx, k, LEX_GROUP, NULL) > 0 ? k
                                                                                                                  : h;
}

/* Whether the words before the group noun at @start say that the
 * subject went after those people: "soldiers tracking the attackers",
 * "troops sent after the raiders"
 */
static gboolean
went_after (DetectContext *ctx,
            guint          first,
            guint          start)
{
  if (start > first && _diptych_detect_is (ctx, start - 1, "the"))
    start--;
  return start > first &&
         (_diptych_detect_is (ctx, start - 1, "pursuing") || _diptych_detect_is (ctx, start - 1, "pursued") ||
          _diptych_detect_is (ctx, start - 1, "tracking") || _diptych_detect_is (ctx, start - 1, "tracked") ||
          _diptych_detect_is (ctx, start - 1, "chasing") || _diptych_detect_is (ctx, start - 1, "chased") ||
          (_diptych_detect_is (ctx, start - 1, "after") && start > first + 1 &&
           _diptych_detect_is (ctx, start - 2, "sent")));
}

/* Whether @i is "had", "have" or "has" */
static gboolean
is_perfect_auxiliary (DetectContext *ctx,
                      guint          i)
{
  return _diptych_detect_is (ctx, i, "had") || _diptych_detect_is (ctx, i, "have") || _diptych_detect_is (ctx, i, "has");
}

/* The group of the people "them" at @them names when no figure before
 * it in the sentence does: the nearest group noun before that ends a
 * clause the next verb joins ("struck a gathering of KIA terrorists and
 * killed about 20 of them"; not "residents said gunmen killed 12 of
 * them", whose noun is the subject); or -1.
 */
static gint
group_of_them (DetectContext *ctx,
               guint          sentence,
               guint          first,
               guint          them)
{
  /* "had pursued the bandits into the hills, killing two of them",
   * "attacked a checkpoint manned by Kurdish-led fighters, killing six of
   * them": after a participle, the last people named that are not the
   * sentence's subject
   */
  gboolean participle = them > first + 2 && _diptych_detect_is (ctx, them - 2, ",") &&
                        detect_ends_with (ctx, them - 1, "ing");
  guint unused;

  if (_diptych_detect_last_in_sentence (ctx, sentence) >= 0)
    return -1;
  for (guint k = them; k > first; k--)
    {
      const DetectEntry *entry = NULL;
      guint next = k;
      gboolean listed, verb_next;

      /* … "repelled armed men near the border, killing seven of them" */
      if (!(detect_key (ctx, k - 1)->last_of & (1u << LEX_GROUP)) ||
          !(_diptych_detect_is_plural_noun (ctx, k - 1) || _diptych_detect_is (ctx, k - 1, "men")))
        continue;
      while (next < them && _diptych_detect_is_quote (ctx, next))
        next++;
      /* "trailed the attackers to the Garin Gawo forest and killed 17 of
       * them", "pursued the attackers into the swamps, where they killed
       * 11 of them": past where they were followed to
       */
      if (_diptych_detect_is (ctx, next, "to") || _diptych_detect_is (ctx, next, "into") ||
          _diptych_detect_is (ctx, next, "towards") || _diptych_detect_is (ctx, next, "toward"))
        for (guint w = next + 1; w < them && w < next + 9; w++)
          {
            /* … "troops pursuing the attackers towards the border had
             * killed two of them"
             */
            if (_diptych_detect_is (ctx, w, "and") || is_perfect_auxiliary (ctx, w) ||
                (_diptych_detect_is (ctx, w, ",") && w + 1 < them && _diptych_detect_is (ctx, w + 1, "where")))
              {
                next = _diptych_detect_is (ctx, w, ",") ? w + 1 : w;
                break;
              }
            if (_diptych_detect_is_punct (ctx, w))
              break;
          }
      /* "had driven back the invaders, captured several of them": verbs
       * in a list, the next one's object "them"
       */
      listed = _diptych_detect_is (ctx, next, ",") && next + 1 < them && them - next <= 5 &&
               detect_ends_with (ctx, next + 1, "ed") && !detect_key (ctx, next + 1)->upper &&
               _diptych_detect_match_outcome (ctx, next + 1, &unused) >= 0;
      /* "soldiers tracking the attackers had killed three of them": the
       * people the subject went after, whose verb comes next
       */
      verb_next = next + 1 < them && (is_perfect_auxiliary (ctx, next) ||
                                      _diptych_detect_match_outcome (ctx, next, &unused) >= 0);
      if (!_diptych_detect_is (ctx, next, "and") && !_diptych_detect_is (ctx, next, "where") &&
          !(participle && next < them - 1) && !listed && !verb_next)
        continue;
      for (guint start = k - 1; start + 1 > first && k - start <= 3; start--)
        if (_diptych_detect_match (ctx, start, LEX_GROUP, &entry) > 0 && start + entry->n_words == k)
          {
            if (verb_next)
              {
                if (went_after (ctx, first, start))
                  return entry->value;
                break;
              }
            /* … a subject, but not "an assault by “mercenaries”", a noun
             * in quotes
             */
            guint before_noun = start > first + 1 && _diptych_detect_is_quote (ctx, start - 1) ? start - 1 : start;

            if (!_diptych_detect_is (ctx, next, "and") && !_diptych_detect_is (ctx, next, "where") &&
                (before_noun == first || _diptych_detect_is_punct (ctx, before_noun - 1) ||
                 _diptych_detect_is (ctx, before_noun - 1, "and")))
              return -1;
            return entry->value;
          }
      if (participle)
        return -1;
    }
  /* "said 350 officers had been deployed and that six of them had been
   * hurt": the people the reported clause before "and that" is about
   */
  {
    gboolean and = FALSE;

    for (guint k = them - 1; them > first + 2 && k > first + 1 && them - k < 14; k--)
      {
        const DetectEntry *entry = NULL;

        and |= _diptych_detect_is (ctx, k, "and") && _diptych_detect_is (ctx, k + 1, "that");
        if (_diptych_detect_is_punct (ctx, k) && !_diptych_detect_is (ctx, k, ",") && !_diptych_detect_is_quote (ctx, k))
          break;
        if (!_diptych_detect_is_plural_noun (ctx, k - 1))
          continue;
        if (!and || !(detect_key (ctx, k - 1)->last_of & (1u << LEX_GROUP)))
          break;
        for (guint start = k - 1; start + 1 > first && k - start <= 3; start--)
          if (_diptych_detect_match (ctx, start, LEX_GROUP, &entry) > 0 && start + entry->n_words == k)
            return entry->value;
        break;
      }
  }
  return -1;
}

/* What counted_before() looks for */
typedef enum
{
  COUNTED_ANY,
  COUNTED_THINGS,
  COUNTED_PEOPLE,
} Counted;

/* Whether a number of people or things that is no figure stands in
 * @sentence before @end, after its last figure: "140 staff", "three
 * tanks"; of the kind @counted.
 */
static gboolean
counted_before (DetectContext *ctx,
                guint          sentence,
                guint          first,
                guint          end,
                Counted        counted)
{
  gint f = _diptych_detect_last_in_sentence (ctx, sentence);
  guint from = f >= 0 ? g_array_index (ctx->figures, DetectItem, f).last : first;
  Quantity q;

  for (guint k = from; k < end; k++)
    {
      guint noun;

      if (!_diptych_detect_read_quantity (ctx, k, first, end, &q) || q.end >= end)
        continue;
      /* "27 blockade points": the noun after a noun */
      noun = q.end;
      if (noun + 1 < end && !_diptych_detect_is_punct (ctx, noun) && !detect_in (ctx, noun, LEX_FUNCTION) &&
          !detect_in (ctx, noun, LEX_GROUP) && !detect_key (ctx, noun)->upper &&
          _diptych_detect_is_plural_noun (ctx, noun + 1))
        noun++;
      if (detect_in (ctx, noun, LEX_GROUP))
        {
          if (counted != COUNTED_THINGS)
            return TRUE;
          continue;
        }
      if (counted != COUNTED_PEOPLE && _diptych_detect_is_plural_noun (ctx, noun) && !detect_in (ctx, noun, LEX_TIME))
        return TRUE;
    }
  return FALSE;
}

/* Whether the words from @from say what happened to the last figure of
 * @sentence, as its own outcome.
 */
static gboolean
same_fate_as_last (DetectContext *ctx,
                   guint          sentence,
                   guint          from,
                   guint          last)
{
  gint f = _diptych_detect_last_in_sentence (ctx, sentence);
  guint unused_end, unused_next;
  gboolean unused_among;

  return f >= 0 && _diptych_detect_outcome_after (ctx, from, last, &unused_end, &unused_among, &unused_next) ==
                     (gint)g_array_index (ctx->figures, DetectItem, f).casualty.outcome;
}

/* 1 when @i is an adverb before an outcome word: "critically" of "the
 * critically injured"; else 0.
 */
static guint
adverb_at (DetectContext *ctx,
           guint          i,
           guint          last)
{
  guint n;

  return i + 1 < last && !detect_key (ctx, i)->upper && detect_ends_with (ctx, i, "ly") &&
         _diptych_detect_match_outcome (ctx, i + 1, &n) >= 0;
}

/* Where "as well as" or "along with" starts, right before @before: a
 * figure joined to the one before it; or 0.
 */
static guint
joined_also (DetectContext *ctx,
             guint          first,
             guint          before)
{
  if (before > first + 3 && _diptych_detect_is (ctx, before - 3, "as") && _diptych_detect_is (ctx, before - 2, "well") &&
      _diptych_detect_is (ctx, before - 1, "as"))
    return before - 3;
  if (before > first + 2 && _diptych_detect_is (ctx, before - 2, "along") && _diptych_detect_is (ctx, before - 1, "with"))
    return before - 2;
  return 0;
}

/* @i, or past "most" there: "the most critically injured" */
static guint
most_after (DetectContext *ctx,
            guint          i,
            guint          last)
{
  return i + 1 < last && _diptych_detect_is (ctx, i, "most") ? i + 1 : i;
}

/* Whether the words after a figure's noun at @i say that they were
 * taken: "17 persons abducted by the terrorists", "rescued 17 women and
 * children abducted in the raid", "freed 19 civilians who had been held
 * by the Khawarij".
 */
static gboolean
abducted_after (DetectContext *ctx,
                guint          i,
                guint          last)
{
  guint n;

  if (i + 2 < last && _diptych_detect_is (ctx, i, "and") && (n = _diptych_detect_match (ctx, i + 1, LEX_GROUP, NULL)) > 0)
    i += 1 + n;
  /* past a breakdown in commas: "rescued 12 persons, among them 5
   * minors, who had been deprived of their liberty"
   */
  else if (i + 3 < last && _diptych_detect_is (ctx, i, ",") && _diptych_detect_match (ctx, i + 1, LEX_BREAKDOWN, NULL) > 0)
    {
      guint k;

      for (k = i + 2; k < last && k < i + 10 && !_diptych_detect_is_punct (ctx, k); k++)
        ;
      if (k + 1 < last && _diptych_detect_is (ctx, k, ",") && _diptych_detect_is (ctx, k + 1, "who"))
        i = k + 1;
    }
  /* "freed 19 civilians who had been held by the Khawarij" */
  if (i + 1 < last && _diptych_detect_is (ctx, i, "who"))
    {
      for (i++; i < last && detect_in (ctx, i, LEX_AUXILIARY); i++)
        ;
      if (i + 2 < last && _diptych_detect_is (ctx, i, "held") && _diptych_detect_is (ctx, i + 1, "by") &&
          _diptych_detect_armed_at (ctx, i + 2, last) > 0)
        return TRUE;
      /* … "rescued a number of persons who had been deprived of their
       * liberty"
       */
      if (_diptych_detect_is (ctx, i, "deprived"))
        return _diptych_detect_match_outcome (ctx, i, &n) == DIPTYCH_OUTCOME_DETAINED;
    }
  /* … "rescued 11 persons deprived of their liberty", kidnapped; "freed
   * 6 people who had been held hostage", "freed 63 migrants held captive"
   */
  return i + 1 < last && _diptych_detect_match_outcome (ctx, i, &n) == DIPTYCH_OUTCOME_DETAINED &&
         (_diptych_detect_is (ctx, i + n, "by") || (n == 1 && detect_ends_with (ctx, i, "ed")) ||
          _diptych_detect_is (ctx, i, "deprived") ||
          (n == 2 && (_diptych_detect_is (ctx, i + 1, "hostage") || _diptych_detect_is (ctx, i + 1, "captive"))));
}

/* Whether a number with no noun at @start is a part of the figure before
 * it in the sentence, which names what it counts: "412 civilian deaths
 * …, including 96 attributed to the armed forces"; or the rest of a whole
 * a part before breaks down: "four of the dead were CNL members and the
 * other two belonged to the youth league".
 */
static gboolean
bare_part (DetectContext *ctx,
           guint          sentence,
           guint          first,
           guint          start)
{
  gint f = _diptych_detect_last_in_sentence (ctx, sentence);

  if (start <= first + 1 || f < 0)
    return FALSE;
  if (_diptych_detect_is (ctx, start - 1, "including") && _diptych_detect_is (ctx, start - 2, ","))
    return TRUE;
  return _diptych_detect_is (ctx, start - 1, "other") && _diptych_detect_is (ctx, start - 2, "the") &&
         g_array_index (ctx->figures, DetectItem, f).parent >= 0;
}

/* Whether the words from @from to @to move people as an employer does:
 * "relocated", "shifted", "evacuated"
 */
static gboolean
staff_moved (DetectContext *ctx,
             guint          from,
             guint          to)
{
  for (guint k = from; k < to; k++)
    if (_diptych_detect_is (ctx, k, "relocated") || _diptych_detect_is (ctx, k, "relocating") ||
        _diptych_detect_is (ctx, k, "shifted") || _diptych_detect_is (ctx, k, "evacuated"))
      return TRUE;
  return FALSE;
}

/* Whether the words from @i go on to a verb of reporting, right away or
 * past an aside in commas or a place: "said", ", who asked not to be
 * named, told", "at the town's main hospital said".
 */
static gboolean
speaks_at (DetectContext *ctx,
           guint          i,
           guint          last)
{
  /* … not past what befell them: "some 1,400 residents, to flee to a
   * school, said the police director"
   */
  /* … nor past a clause of their own: "detained dozens of residents, and
   * at least six of them were never seen again, said the village head"
   */
  if (i + 1 < last && _diptych_detect_is (ctx, i, ",") &&
      (_diptych_detect_is (ctx, i + 1, "and") || _diptych_detect_is (ctx, i + 1, "but") ||
       _diptych_detect_is (ctx, i + 1, "while")))
    return FALSE;
  if (i < last && _diptych_detect_is (ctx, i, ","))
    for (i++; i < last && !_diptych_detect_is (ctx, i, ","); i++)
      if (_diptych_detect_is_quote (ctx, i) || detect_in (ctx, i, LEX_REPORTING) ||
          (_diptych_detect_is (ctx, i, "to") && i + 1 < last && detect_in (ctx, i + 1, LEX_OUTCOME)))
        return FALSE;
  if (i < last && _diptych_detect_is (ctx, i, ","))
    i++;
  /* … or past where they are: "two health workers at the town's main
   * hospital said"
   */
  if (i < last && (_diptych_detect_is (ctx, i, "at") || _diptych_detect_is (ctx, i, "in") ||
                   _diptych_detect_is (ctx, i, "from")))
    for (guint k = i + 1; k < last && k < i + 8; k++)
      {
        if (detect_in (ctx, k, LEX_REPORTING))
          return TRUE;
        if (_diptych_detect_is_punct (ctx, k) && !_diptych_detect_is_apostrophe (ctx, k))
          return FALSE;
      }
  /* … or with another who tells it: "two residents and a health
   * official said"; not "two residents and a guard reported missing"
   */
  if (i < last && _diptych_detect_is (ctx, i, "and"))
    for (guint k = i + 2, n; k < last && k < i + 8; k++)
      {
        /* … nor another clause's: "trace the eight missing villagers and
         * keep their families informed;", a verb that reports only with
         * its clause
         */
        if (detect_in (ctx, k, LEX_REPORTING))
          return k + 1 >= last ||
                 (_diptych_detect_match_outcome (ctx, k + 1, &n) < 0 &&
                  !(detect_in (ctx, k, LEX_SOURCE_VERB) && detect_value (ctx, k, LEX_SOURCE_VERB) == SOURCE_VERB_CLAUSE &&
                    !_diptych_detect_is (ctx, k + 1, "that")));
        if (_diptych_detect_is_punct (ctx, k) && !_diptych_detect_is_apostrophe (ctx, k))
          return FALSE;
      }
  /* … not "five villagers accused of cooperating", what they are
   * accused of
   */
  return i < last && detect_in (ctx, i, LEX_REPORTING) &&
         !(_diptych_detect_is (ctx, i, "accused") && i + 1 < last && _diptych_detect_is (ctx, i + 1, "of"));
}

/* Whether the words before @start hunt for those counted: "The search
 * for the remaining one or two terrorists", "hunting for three gunmen".
 */
static gboolean
hunted (DetectContext *ctx,
        guint          first,
        guint          start)
{
  guint k = start;

  if (k > first && _diptych_detect_is (ctx, k - 1, "remaining"))
    k--;
  if (k > first && _diptych_detect_is (ctx, k - 1, "the"))
    k--;
  return k > first + 1 && _diptych_detect_is (ctx, k - 1, "for") &&
         (_diptych_detect_is (ctx, k - 2, "search") || _diptych_detect_is (ctx, k - 2, "searching") ||
          _diptych_detect_is (ctx, k - 2, "hunt") || _diptych_detect_is (ctx, k - 2, "hunting") ||
          _diptych_detect_is (ctx, k - 2, "manhunt") || _diptych_detect_is (ctx, k - 2, "looking"));
}

/* Whether the verb after the noun that ends at @i says that those
 * counted are hunted: "were being hunted", "are still being sought",
 * past a clause of their own: "17 other suspects who fled toward the
 * border were being sought".
 */
static gboolean
hunted_after (DetectContext *ctx,
              guint          i,
              guint          last)
{
  guint k = i;

  if (k < last && _diptych_detect_is (ctx, k, "who"))
    {
      for (k += 2; k < last && k < i + 12 && !_diptych_detect_is_punct (ctx, k - 1); k++)
        if (detect_in (ctx, k, LEX_AUXILIARY) && !detect_in (ctx, k - 1, LEX_AUXILIARY))
          break;
      if (!(k < last && k < i + 12 && detect_in (ctx, k, LEX_AUXILIARY)))
        return FALSE;
      i = k;
    }

  while (k < last && k < i + 4 &&
         (detect_in (ctx, k, LEX_AUXILIARY) || _diptych_detect_is (ctx, k, "being") || _diptych_detect_is (ctx, k, "still")))
    k++;
  /* not "have sought refuge" */
  return k > i && k + 1 < last &&
         (_diptych_detect_is (ctx, k, "hunted") || _diptych_detect_is (ctx, k, "sought") ||
          _diptych_detect_is (ctx, k, "pursued")) &&
         (_diptych_detect_is_punct (ctx, k + 1) || detect_in (ctx, k + 1, LEX_FUNCTION));
}

/* Whether the count from @start to @end follows a place's name, after
 * a comma or "and", and the last figure of @sentence follows one too,
 * with its verb before its number: "Goudomp town hosts some 4,200
 * displaced people, Tanaff about 3,100 and Samine 1,400", "Pagirinya
 * settlement has received about 1,900 of them, Ayilo approximately
 * 1,300". The count ends its item: a comma, "and" or "while" follows.
 */
static gboolean
gapped_after_name (DetectContext *ctx,
                   guint          sentence,
                   guint          first,
                   guint          start,
                   guint          end,
                   guint          last)
{
  gint f = _diptych_detect_last_in_sentence (ctx, sentence);
  const DetectItem *sibling;
  guint name = start, verb;

  if (f < 0 || !(end >= last || _diptych_detect_is_punct (ctx, end) || _diptych_detect_is (ctx, end, "and") ||
                 _diptych_detect_is (ctx, end, "while")))
    return FALSE;
  while (name > first && start - name < 4 && detect_key (ctx, name - 1)->upper &&
         detect_key (ctx, name - 1)->kind == DIPTYCH_TOKEN_WORD && !detect_in (ctx, name - 1, LEX_FUNCTION))
    name--;
  if (name == start || name == first ||
      !(_diptych_detect_is (ctx, name - 1, ",") || _diptych_detect_is (ctx, name - 1, "and")))
    return FALSE;
  sibling = &g_array_index (ctx->figures, DetectItem, f);
  /* the sibling's own place and verb, in its words or just before them:
   * "Goudomp town hosts", "Pagirinya settlement has received"
   */
  verb = sibling->first;
  if (sibling->last > name || verb == first)
    return FALSE;
  if (verb >= sibling->quantity || _diptych_detect_match (ctx, verb, LEX_QUALIFIER, NULL) > 0)
    verb--;
  if (verb <= first + 1 || detect_key (ctx, verb)->upper || detect_key (ctx, verb)->kind != DIPTYCH_TOKEN_WORD ||
      detect_in (ctx, verb, LEX_FUNCTION))
    return FALSE;
  if (detect_in (ctx, verb - 1, LEX_AUXILIARY) && verb - 2 > first)
    verb--;
  /* … past a common noun after the name: "Pagirinya settlement" */
  return detect_key (ctx, verb - 1)->upper || detect_in (ctx, verb - 1, LEX_PLACE) ||
         (detect_key (ctx, verb - 2)->upper && detect_key (ctx, verb - 1)->kind == DIPTYCH_TOKEN_WORD &&
          !detect_in (ctx, verb - 1, LEX_FUNCTION));
}

/* Whether "among the" stands before the figure at @whole and opens the
 * sentence at @opening or the clause after "that": "Among the 21 dead
 * were", "told reporters on Sunday that among the 13 dead were".
 */
static gboolean
among_the_whole (DetectContext *ctx,
                 guint          opening,
                 guint          whole)
{
  return whole >= opening + 2 && _diptych_detect_is (ctx, whole - 2, "among") && _diptych_detect_is (ctx, whole - 1, "the") &&
         (whole - 2 == opening || (whole - 2 > opening && _diptych_detect_is (ctx, whole - 3, "that")));
}

/* Whether the participle at @i says where people without their homes
 * stay: "sheltering in a school", "staying with host families".
 */
static gboolean
shelters_at (DetectContext *ctx,
             guint          i,
             guint          last)
{
  guint end = 0, among_next;
  gboolean among;

  return !detect_key (ctx, i)->upper && detect_ends_with (ctx, i, "ing") &&
         (_diptych_detect_is (ctx, i, "sheltering") || _diptych_detect_is (ctx, i, "staying") ||
          _diptych_detect_is (ctx, i, "sleeping") || _diptych_detect_is (ctx, i, "living")) &&
         _diptych_detect_outcome_after (ctx, i, last, &end, &among, &among_next) == DIPTYCH_OUTCOME_DISPLACED;
}

/* Whether supplies are named in the clause before @i: "sent surgical
 * supplies to hospitals in Osh and Batken for 500 wounded".
 */
static gboolean
supplies_before (DetectContext *ctx,
                 guint          first,
                 guint          i)
{
  for (guint k = i; k > first && i - k < 9 && !_diptych_detect_is_punct (ctx, k - 1); k--)
    if (_diptych_detect_is (ctx, k - 1, "supplies") || _diptych_detect_is (ctx, k - 1, "kits") ||
        _diptych_detect_is (ctx, k - 1, "medicines") || _diptych_detect_is (ctx, k - 1, "drugs"))
      return TRUE;
  return FALSE;
}

/* Whether the word at @i says that someone died: "died", "succumbed",
 * "perished"
 */
static gboolean
death_verb (DetectContext *ctx,
            guint          i)
{
  return _diptych_detect_is (ctx, i, "died") || _diptych_detect_is (ctx, i, "succumbed") ||
         _diptych_detect_is (ctx, i, "perished");
}

/* Whether the first "and" after @i, past asides but before another
 * number, goes on to "died" or "later succumbed": "were struck by stray
 * bullets and died".
 */
static gboolean
died_after (DetectContext *ctx,
            guint          i,
            guint          last)
{
  for (guint k = i; k + 1 < last && k < i + 20 && !detect_key (ctx, k)->quantity &&
                    (!_diptych_detect_is_punct (ctx, k) || _diptych_detect_is (ctx, k, ","));
       k++)
    if (_diptych_detect_is (ctx, k, "and"))
      {
        guint v = k + 1;

        if (v + 1 < last && (_diptych_detect_is (ctx, v, "later") || _diptych_detect_is (ctx, v, "then") ||
                             _diptych_detect_is (ctx, v, "subsequently")))
          v++;
        return _diptych_detect_is (ctx, v, "died") || _diptych_detect_is (ctx, v, "succumbed");
      }
  return FALSE;
}

/* Whether the words from @i say what people were treated for, and it
 * is no wound: ", mostly for diarrhoea and respiratory infections".
 */
static gboolean
treated_for_illness (DetectContext *ctx,
                     guint          i,
                     guint          last)
{
  guint n;

  /* "treated 310 patients in its first week, including 19 people with
   * conflict-related injuries", "140 patients, including 35 children
   * with acute watery diarrhoea": patients of every kind, of whom the
   * breakdown says what some had
   */
  /* … but "treated nine people, including a 70-year-old man with a
   * fractured skull" are the hurt
   */
  /* … "among them", "31 of them" as "including": "treated 240 patients
   * since 18 May, 31 of them for gunshot or machete wounds"
   */
  for (guint k = i; k + 3 < last && k < i + 8 && !_diptych_detect_is (ctx, k, ";"); k++)
    if (_diptych_detect_is (ctx, k, "including") ||
        (i > 3 && _diptych_detect_is (ctx, i - 1, "patients") && _diptych_detect_is (ctx, k + 1, "them") &&
         /* not those a hospital "was treating" now, after an attack */
         !_diptych_detect_is (ctx, i - 3, "treating") && !_diptych_detect_is (ctx, i - 4, "treating") &&
         (_diptych_detect_is (ctx, k, "among") ||
          (_diptych_detect_is (ctx, k, "of") && k > i && detect_key (ctx, k - 1)->quantity))))
      {
        for (guint w = k + 1; w < last && w < k + 6 && !_diptych_detect_is_punct (ctx, w); w++)
          if (_diptych_detect_is (ctx, w, "with") || (_diptych_detect_is (ctx, w, "for") && !_diptych_detect_is (ctx, k, "including")))
            {
              gboolean hurt = FALSE;

              for (guint h = w + 1; h < last && h < w + 5 && !_diptych_detect_is_punct (ctx, h); h++)
                hurt |= _diptych_detect_match_outcome (ctx, h, &n) >= 0 || _diptych_detect_is (ctx, h, "fractured") ||
                        _diptych_detect_is (ctx, h, "burns");
              return !hurt || (i > 0 && _diptych_detect_is (ctx, i - 1, "patients"));
            }
        break;
      }
  /* … past when or where: "treated 2,300 patients in the past week,
   * mainly for respiratory infections", "at six welfare centres, mostly
   * for fever"
   */
  if (i < last && (_diptych_detect_is (ctx, i, "in") || _diptych_detect_is (ctx, i, "at") ||
                   _diptych_detect_is (ctx, i, "over") || _diptych_detect_is (ctx, i, "since")))
    {
      guint k;

      for (k = i + 1; k < last && k < i + 6 && !_diptych_detect_is_punct (ctx, k); k++)
        ;
      if (k < last && _diptych_detect_is (ctx, k, ","))
        i = k;
    }
  if (i < last && _diptych_detect_is (ctx, i, ","))
    i++;
  if (i < last && (_diptych_detect_is (ctx, i, "mostly") || _diptych_detect_is (ctx, i, "mainly")))
    i++;
  /* … "nearly all for exhaustion", "almost all for" */
  else if (i + 1 < last && (_diptych_detect_is (ctx, i, "nearly") || _diptych_detect_is (ctx, i, "almost")) &&
           _diptych_detect_is (ctx, i + 1, "all"))
    i += 2;
  if (i >= last || !_diptych_detect_is (ctx, i, "for"))
    return FALSE;
  /* … past a list: "for gunshot, machete and burn wounds" */
  for (guint k = i + 1; k < last && k < i + 8 && (!_diptych_detect_is_punct (ctx, k) || _diptych_detect_is (ctx, k, ","));
       k++)
    if (_diptych_detect_match_outcome (ctx, k, &n) >= 0 ||
        /* "for tear gas inhalation", "for the effects of tear gas",
         * "for burns and fractures", "for cuts from flying glass"
         */
        _diptych_detect_is (ctx, k, "inhalation") || _diptych_detect_is (ctx, k, "burns") ||
        _diptych_detect_is (ctx, k, "fractures") || _diptych_detect_is (ctx, k, "gas") ||
        _diptych_detect_is (ctx, k, "cuts") || _diptych_detect_is (ctx, k, "bruises") ||
        _diptych_detect_is (ctx, k, "lacerations") || _diptych_detect_is (ctx, k, "shrapnel"))
      return FALSE;
  return TRUE;
}

static void
detect_in_sentence (DetectContext *ctx,
                    GArray        *readings,
                    guint          sentence,
                    gboolean       alone)
{
  const DetectSentence *s = &g_array_index (ctx->sentences, DetectSentence, sentence);
  guint first = s->first, last = s->last;
  guint i = first;
  guint figures_before = ctx->figures->len;
  /* where the words start, past a quote that opens the sentence */
  guint opening = first + (first + 1 < last && _diptych_detect_is_quote (ctx, first));

  /* The figures are the article's: their sentences are numbered so. */
  sentence += ctx->sentence_base;

  while (i < last)
    {
      Quantity q, whole;
      guint h, head_end, span_first, span_last, n, toll_start = 0, among_next = G_MAXUINT, got_from = 0;
      guint verb_end, verb_among_next;
      gboolean verb_among;
      gint group = -1, outcome = -1, head_outcome = -1, noun_outcome = -1;
      gboolean more = FALSE, among = FALSE, toll = FALSE, others, another, unknown = FALSE, remaining = FALSE;
      gboolean partitive = FALSE, colon = FALSE, severe = FALSE, attributive = FALSE;
      gboolean compared = FALSE;  /* "up from 12 reported on Monday": a count before */
      gboolean predicate = FALSE;  /* the group after "were": "18 were children" */
      gboolean rest_of_whole = FALSE;  /* "the other two", after a part */
      gint predicate_group;
      guint32 noun;
      guint be, w;
      guint conj, family, listed, how_bad, of;
      Link link = LINK_NONE;
      gint link_outcome = -1, head = -1, whole_of;
      const DetectEntry *head_entry = NULL;
      DetectItem found, *item = &found;
      guint before;
      gint f;
      gint64 part, listed_sum;

      /* Most tokens start no quantity: pass over them at the cost of a
       * test each.
       */
      while (i < last && !detect_key (ctx, i)->quantity)
        i++;
      if (i == last)
        break;
      if (!_diptych_detect_read_quantity (ctx, i, first, last, &q))
        {
          i++;
          continue;
        }
      i = q.end;

      if (_diptych_detect_is_not_people (ctx, &q, first, last))
        continue;
      /* "according to four of them", "citing two witnesses": who tells */
      if (q.start > first && _diptych_detect_match_before (ctx, q.start, first, LEX_ATTRIBUTION, NULL) > 0)
        continue;

      /* The noun: "people", "wounded patients", "dozens of terrorists",
       * "RSF fighters"; or none: "14 in Kipese", "over 160 had been injured"
       */
      h = q.end;
      if (h < last && _diptych_detect_is (ctx, h, "more"))
        {
          more = TRUE;
          h++;
        }
      /* past the closing quote: "killed ‘at least five’ soldiers" */
      while (h < last && (_diptych_detect_is_quote (ctx, h) ||
                          (h == q.end && _diptych_detect_is_apostrophe (ctx, h) && q.start > first &&
                           (_diptych_detect_is_quote (ctx, q.start - 1) ||
                            _diptych_detect_is_apostrophe (ctx, q.start - 1)))))
        h++;
      /* "killed “a number of” the attackers": past the quote, the
       * determiner of the noun the vague amount counts
       */
      if (h > q.end && h + 1 < last && q.vague && _diptych_detect_is (ctx, q.end - 1, "of") &&
          (_diptych_detect_is (ctx, h, "the") || detect_is_possessive_determiner (ctx, h)))
        h++;
      /* "a number of the fleeing terrorists were also wounded": armed
       * men who flee, whom the verb tells of
       */
      else if (h == q.end && h + 2 < last && q.vague && _diptych_detect_is (ctx, q.end - 1, "of") &&
               _diptych_detect_is (ctx, h, "the") && _diptych_detect_is (ctx, h + 1, "fleeing") &&
               _diptych_detect_armed_at (ctx, h + 2, last) > 0)
        h += 2;
      how_bad = most_after (ctx, h, last);
      /* "three other protesters", "200 other camp residents": the noun
       * is after
       */
      if (_diptych_detect_is (ctx, h, "other") && h + 1 < last &&
          (detect_in (ctx, h + 1, LEX_GROUP) ||
           (h + 2 < last && !_diptych_detect_is_punct (ctx, h + 1) &&
            !detect_in (ctx, h + 1, LEX_FUNCTION) &&
            _diptych_detect_match (ctx, h + 2, LEX_GROUP, NULL) > 0) ||
           /* "Two other farmers who were working …": a noun the lists
            * do not know
            */
           (!detect_key (ctx, h + 1)->upper && !detect_in (ctx, h + 1, LEX_FUNCTION) &&
            _diptych_detect_is_plural_noun (ctx, h + 1))))
        h++;
      /* "exhumed 19 complete bodies", "38 unidentified bodies": the noun
       * past the state they were found in
       */
      else if (h + 1 < last && detect_figure_word (ctx, h, FIGURE_WORD_CORPSE) && _diptych_detect_is (ctx, h + 1, "bodies"))
        h++;
      /* "112 seriously injured people", "three critically wounded", "the
       * 12 most critically injured": the outcome word after how bad it was
       */
      else if (how_bad + 1 < last && detect_figure_word (ctx, how_bad, FIGURE_WORD_SEVERITY) &&
               _diptych_detect_match_outcome (ctx, how_bad + 1, &n) == DIPTYCH_OUTCOME_INJURED)
        {
          h = how_bad + 1;
          severe = TRUE;
        }
      /* "61,250 newly displaced people", "300 internally displaced", "the
       * 70,000 already uprooted"
       */
      else if (h + 1 < last &&
               (detect_ends_with (ctx, h, "ly") || _diptych_detect_is (ctx, h, "already")) &&
               !detect_key (ctx, h)->upper &&
               !detect_in (ctx, h + 1, LEX_GROUP) &&
               _diptych_detect_match_outcome (ctx, h + 1, &n) >= 0)
        h++;
      /* "seven extrajudicial killings", "12 violent deaths" */
      else if (h + 1 < last && !detect_key (ctx, h)->upper && !_diptych_detect_is_punct (ctx, h) &&
               !detect_in (ctx, h, LEX_FUNCTION) && !detect_in (ctx, h, LEX_GROUP) &&
               !detect_in (ctx, h, LEX_OUTCOME) &&
               (_diptych_detect_is (ctx, h + 1, "killings") || _diptych_detect_is (ctx, h + 1, "deaths") ||
                _diptych_detect_is (ctx, h + 1, "fatalities")))
        h++;

      /* "a number of them critically", "A number of those detained", "a
       * handful of the wounded": the vague amount's "of" is the
       * partitive's; not "a number of the terrorists fled", "a handful of
       * those who left", which are no part of a figure before
       */
      if (h == q.end && h + 1 < last && q.vague && _diptych_detect_is (ctx, q.end - 1, "of") &&
          (_diptych_detect_is (ctx, h, "them") ||
           ((_diptych_detect_is (ctx, h, "those") || _diptych_detect_is (ctx, h, "the")) &&
            _diptych_detect_match (ctx, h + 1, LEX_OUTCOME, NULL) > 0)))
        h--;
      /* … whose noun is then the figure's: "a handful of the terrorists" */
      else if (h == q.end && h + 1 < last && q.vague && _diptych_detect_is (ctx, q.end - 1, "of") &&
               (_diptych_detect_is (ctx, h, "the") || detect_is_possessive_determiner (ctx, h)) &&
               detect_in (ctx, h + 1, LEX_GROUP) && !detect_in (ctx, h + 1, LEX_OUTCOME))
        h++;
      if (_diptych_detect_is (ctx, h, "of") && h + 1 < last)
        {
          const DetectEntry *entry = NULL;
          guint d = h + 1, g;
          /* the outcome word of "the wounded", "the most critically injured" */
          guint outcome_at = most_after (ctx, d + 1, last);
          gint them_group;

          outcome_at += adverb_at (ctx, outcome_at, last);

          /* "more than 200 of their animals were killed": beasts, which a
           * number before them would measure
           */
          {
            guint beast = d + (d + 1 < last && (_diptych_detect_is (ctx, d, "the") ||
                                               detect_is_possessive_determiner (ctx, d)));

            if (beast < last && detect_in (ctx, beast, LEX_UNIT) && _diptych_detect_match (ctx, beast, LEX_GROUP, NULL) == 0)
              continue;
          }
          /* "has seized 14 of Rakhine's 17 townships": a part of a count
           * of things
           */
          if ((w = whole_after_of (ctx, d, last)) > d && _diptych_detect_read_quantity (ctx, w, w, last, &whole) &&
              whole.end < last && !whole.vague && is_thing_after (ctx, whole.end) && !names_agents (ctx, whole.end))
            continue;

          /* "employs 140 staff in the country, 12 of them in Toamasina":
           * a part of the count before it, which is no figure
           */
          /* … but "registered 11,480 displaced people in 14 evacuation
           * centres; 5,200 of them are children": no things are children
           */
          if (_diptych_detect_is (ctx, d, "them") &&
              counted_before (ctx, sentence, first, q.start,
                              d + 2 < last && _diptych_detect_is_verb_of_be (ctx, d + 1) &&
                              detect_in (ctx, d + 2, LEX_GROUP) ? COUNTED_PEOPLE : COUNTED_ANY))
            {
              guint unused_end, unused_next;
              gboolean unused_among;

              /* … not "an attack by about 300 terrorists, killing 31 of
               * them": the verb before says what befell them
               */
              if (_diptych_detect_outcome_after (ctx, d + 1, last, &unused_end, &unused_among, &unused_next) < 0 &&
                  !(q.start > first && _diptych_detect_match_outcome (ctx, q.start - 1, &n) >= 0))
                continue;
            }
          if (_diptych_detect_is (ctx, d, "them") && (them_group = group_of_them (ctx, sentence, first, q.start)) >= 0)
            {
              group = them_group;
              h = d + 1;
            }
          /* "only two of those strikes had led to an inquiry": a part of
           * things
           */
          else if (_diptych_detect_is (ctx, d, "those") && d + 1 < last && _diptych_detect_is_plural_noun (ctx, d + 1) &&
                   !detect_in (ctx, d + 1, LEX_GROUP) && !detect_in (ctx, d + 1, LEX_OUTCOME) &&
                   !detect_in (ctx, d + 1, LEX_FUNCTION) && !detect_in (ctx, d + 1, LEX_PERSONAL) &&
                   !detect_key (ctx, d + 1)->upper && !_diptych_detect_is (ctx, d + 1, "victims") &&
                   !_diptych_detect_is (ctx, d + 1, "casualties") && !detect_ends_with (ctx, d + 1, "ees"))
            continue;
          else if (_diptych_detect_is (ctx, d, "them") || _diptych_detect_is (ctx, d, "those") ||
                   _diptych_detect_is (ctx, d, "whom"))
            {
              link = LINK_PREVIOUS;
              h = d + 1;
              if (_diptych_detect_is (ctx, d, "those") &&
                  (link_outcome = _diptych_detect_match_outcome (ctx, h, &n)) >= 0)
                {
                  link = LINK_OUTCOME;
                  h += n;
                }
              /* "Three of those we treated have since died": those a
               * clause of their own names by what befell them
               */
              else if (_diptych_detect_is (ctx, d, "those") && h + 1 < last && detect_in (ctx, h, LEX_PERSONAL) &&
                       (link_outcome = _diptych_detect_match_outcome (ctx, h + 1, &n)) >= 0)
                {
                  link = LINK_OUTCOME;
                  h += 1 + n;
                }
              /* "19 of those taken were women": the abducted, not those
               * taken to a hospital
               */
              else if (_diptych_detect_is (ctx, d, "those") && _diptych_detect_is (ctx, h, "taken") &&
                       !_diptych_detect_is (ctx, h + 1, "to"))
                {
                  link = LINK_OUTCOME;
                  link_outcome = DIPTYCH_OUTCOME_DETAINED;
                  h++;
                }
              /* "13 of them children", "nine of them crew members", "one
               * of them a teenager"
               */
              else if (h + _diptych_detect_is_article (ctx, h) < last &&
                       (n = _diptych_detect_match (ctx, h + _diptych_detect_is_article (ctx, h), LEX_GROUP, &entry)) > 0 &&
                       !detect_in (ctx, h, LEX_OUTCOME))
                {
                  group = entry->value;
                  h += _diptych_detect_is_article (ctx, h) + n;
                }
            }
          else if ((_diptych_detect_is (ctx, d, "the") || detect_is_possessive_determiner (ctx, d)) &&
                   (link_outcome = _diptych_detect_match_outcome (ctx, outcome_at, &n)) >= 0 &&
                   !detect_in (ctx, d + 1, LEX_GROUP))
            {
              /* "14 of the wounded", "Two of our injured colleagues", "one of
               * the critically injured pilgrims", "12 of the most critically
               * injured patients"
               */
              link = LINK_OUTCOME;
              h = outcome_at + n;
              /* "one of the evacuated wounded had died": the wounded,
               * wherever they were taken
               */
              if (link_outcome == DIPTYCH_OUTCOME_DISPLACED && h < last &&
                  _diptych_detect_match_outcome (ctx, h, &n) == DIPTYCH_OUTCOME_INJURED)
                {
                  link_outcome = DIPTYCH_OUTCOME_INJURED;
                  h += n;
                }
              /* "two of the wounded children": theirs is the noun's group */
              if ((n = _diptych_detect_match (ctx, h, LEX_GROUP, &entry)) > 0 &&
                  !detect_in (ctx, h, LEX_OUTCOME))
                {
                  group = entry->value;
                  h += n;
                  /* "a number of the fleeing terrorists were also
                   * wounded": armed men who flee are not the displaced,
                   * the verb tells what befell them
                   */
                  if (link_outcome == DIPTYCH_OUTCOME_DISPLACED &&
                      (group == DIPTYCH_GROUP_FIGHTERS || group == DIPTYCH_GROUP_SOLDIERS))
                    link = LINK_NONE;
                }
            }
          else if (_diptych_detect_is (ctx, d, "the") &&
                   (_diptych_detect_is (ctx, d + 1, "victims") || _diptych_detect_is (ctx, d + 1, "casualties") ||
                    /* "… treated 73 wounded people. At least 19 of the
                     * patients are children": the hurt just counted
                     */
                    (_diptych_detect_is (ctx, d + 1, "patients") && hurt_just_counted (ctx, sentence))))
            {
              link = LINK_PREVIOUS;
              h = d + 2;
            }
          /* "the toll rose to 14 … Twelve of the 14 dead were fighters",
           * "killed 14 … 11 of the 14 victims", "killed 11 villagers …
           * Four of the 11 were women": a part of the figure
           * named again, which is no new figure
           */
          /* … and "Seven were wounded … Two of those seven died" */
          else if ((_diptych_detect_is (ctx, d, "the") || _diptych_detect_is (ctx, d, "those") ||
                    _diptych_detect_is (ctx, d, "these")) &&
                   _diptych_detect_read_quantity (ctx, d + 1, d + 1, last, &whole) &&
                   whole.end < last && (head = _diptych_detect_repeat_of (ctx, &whole, first)) >= 0 &&
                   ((link_outcome = _diptych_detect_match_outcome (ctx, whole.end, &n)) >= 0 ||
                    (n = _diptych_detect_match (ctx, whole.end, LEX_GROUP, NULL)) > 0 ||
                    /* "Four of the 11 were women": the number alone */
                    (n = 0, _diptych_detect_is_verb_of_be (ctx, whole.end))))
            {
              link = LINK_HEAD;
              h = whole.end + n;
              i = h;
            }
          /* "nine of the roughly 40 passengers – … – were dead", "up to
           * 3,000 of the subdivision's roughly 42,000 inhabitants had
           * fled", "two of the four transferred patients had died": the
           * part is the figure, the whole a count of those there
           */
          else if ((w = whole_after_of (ctx, d, last)) > d &&
                   _diptych_detect_read_quantity (ctx, w + _diptych_detect_match (ctx, w, LEX_QUALIFIER, NULL),
                                                  w, last, &whole) && whole.end < last &&
                   !whole.vague && !detect_in (ctx, whole.end, LEX_OUTCOME) &&
                   (g = _diptych_detect_described_noun (ctx, whole.end, last)) < last &&
                   (n = _diptych_detect_match (ctx, g, LEX_GROUP, &entry)) > 0)
            {
              group = entry->value;
              h = g + n;
              i = h;
              partitive = TRUE;
            }
          else if ((g = _diptych_detect_partitive_group (ctx, d, last)) < last)
            {
              h = g;  /* "seven of the gunmen": the noun is theirs */
              partitive = TRUE;
            }
          /* "9 of the 61 wounded": a part of the figure named next */
          else if (_diptych_detect_is (ctx, d, "the") &&
                   _diptych_detect_read_quantity (ctx, d + 1, d + 1, last, &whole) &&
                   (link_outcome = _diptych_detect_match_outcome (ctx, whole.end, &n)) >= 0)
            {
              link = LINK_AMONG_NEXT;
              among_next = whole.num;
              got_from = whole.end + n;
            }
          else if (q.vague || detect_in (ctx, q.end - 1, LEX_SCALE))
            {
              /* "dozens of terrorists", "tens of thousands of its residents" */
              h = d;
              while (h < last && (_diptych_detect_is (ctx, h, "the") || _diptych_detect_is (ctx, h, "its") ||
                                  _diptych_detect_is (ctx, h, "their") || _diptych_detect_is (ctx, h, "his") ||
                                  _diptych_detect_is (ctx, h, "her") || _diptych_detect_is_quote (ctx, h)))
                h++;
              /* "scores of other men", "Dozens of other wounded people" */
              if (_diptych_detect_is (ctx, h, "other") && h + 1 < last &&
                  (detect_in (ctx, h + 1, LEX_GROUP) || _diptych_detect_match_outcome (ctx, h + 1, &n) >= 0))
                h++;
              /* "hundreds of IS fighters": a name before the noun */
              else if (h + 1 < last && detect_key (ctx, h)->upper && !detect_in (ctx, h, LEX_GROUP) &&
                       _diptych_detect_match (ctx, h + 1, LEX_GROUP, NULL) > 0)
                h++;
            }
        }
      /* "a relative of one of the gunmen", "the families of several of
       * them": the part is whose kin they are; but "relatives of 14 of
       * those killed" names the dead, not "a relative of one of the
       * slain men", and so does a number of them: "the families of at
       * least five of them had no word" (17 labelled of 17)
       */
      if (((((link != LINK_NONE && link != LINK_OUTCOME) || partitive) &&
            (_diptych_detect_is (ctx, q.num, "one") || detect_in (ctx, q.num, LEX_VAGUE))) ||
           (link == LINK_OUTCOME && q.start == q.num && _diptych_detect_is (ctx, q.num, "one"))) &&
          q.start >= first + 2 &&
          _diptych_detect_is (ctx, q.start - 1, "of") && detect_figure_word (ctx, q.start - 2, FIGURE_WORD_KIN))
        continue;
      /* "a mother of five who fled", "a father of two succumbed to his
       * injuries": her children, not a figure
       */
      if (link == LINK_NONE && !partitive && q.start >= first + 2 && _diptych_detect_is (ctx, q.start - 1, "of") &&
          (_diptych_detect_is (ctx, q.start - 2, "mother") || _diptych_detect_is (ctx, q.start - 2, "father")) &&
          (h >= last || !detect_in (ctx, h, LEX_GROUP)))
        continue;

      /* "a girl who sold drinks outside one of the bars": a part of
       * things
       */
      if (link == LINK_NONE && !partitive && h + 2 < last && _diptych_detect_is (ctx, h, "of") &&
          _diptych_detect_is (ctx, h + 1, "the") && _diptych_detect_is_plural_noun (ctx, h + 2) &&
          !detect_key (ctx, h + 2)->upper && !detect_in (ctx, h + 2, LEX_GROUP) && !detect_in (ctx, h + 2, LEX_OUTCOME) &&
          !_diptych_detect_is (ctx, h + 2, "victims") && !_diptych_detect_is (ctx, h + 2, "casualties") &&
          !_diptych_detect_is (ctx, h + 2, "patients") &&
          /* not people the lists do not know: "evacuees", "abductees",
           * "the officials"
           */
          !detect_ends_with (ctx, h + 2, "ees") && !detect_in (ctx, h + 2, LEX_SOURCE_TYPE))
        continue;
      /* The noun is in the sentence: a line break ends it, and the next
       * line's "dead" is not this number's.
       */
      head_end = h;
      others = h < last && _diptych_detect_is (ctx, h, "others");
      if (others)
        head_end = h + 1;
      /* "destroyed three tanks, capturing two others": more things; but
       * "7,400 people have fled to three sites, and 1,200 others have
       * fled across the river" says of the others what it said of the
       * sentence's figure
       */
      if (others && counted_before (ctx, sentence, first, q.start, COUNTED_THINGS) &&
          !same_fate_as_last (ctx, sentence, head_end, last) && !hurts_people_before (ctx, first, q.start))
        continue;
      if (link == LINK_NONE && !others && h >= last)
        {
          /* no noun */
        }
      else if (link == LINK_NONE && !others)
        {
          /* "killed 11 Allied Democratic Forces (ADF) rebels": past the
           * name of whose they are, to the noun
           */
          h = past_name_to_group (ctx, h, last);
          if ((n = _diptych_detect_match (ctx, h, LEX_GROUP, NULL)) > 0)
            {
              const DetectEntry *entry = NULL;

              _diptych_detect_match (ctx, h, LEX_GROUP, &entry);
              h = _diptych_detect_noun_of_pair (ctx, h, last, &entry);
              /* "seized two military vehicles": after a verb of things
               * the group's word describes things; not "Four police
               * reservists were killed"
               */
              if (h + entry->n_words < last && !_diptych_detect_is_plural_noun (ctx, h) &&
                  is_thing_after (ctx, h + entry->n_words) && _diptych_detect_verb_of_things (ctx, first, q.start))
                continue;
              /* "hosts five refugee camps", "two civilian vehicles": a
               * singular noun of people after a number of many says what
               * the things after it are for
               */
              if (entry->n_words == 1 && h + 1 < last && is_thing_after (ctx, h + 1) && !names_agents (ctx, h + 1) &&
                  !detect_key (ctx, h)->upper && !_diptych_detect_is_determiner_one (ctx, &q, first, last) &&
                  is_singular_of_group (ctx, h))
                continue;
              group = entry->value;
              /* "killed 71 citizens", "17 other citizens were injured":
               * citizens named by their number alone are civilians;
               * "three Chinese citizens" are people of a nation
               */
              if (_diptych_detect_is (ctx, h, "citizens") &&
                  (h == q.end || (h == q.end + 1 && _diptych_detect_is (ctx, q.end, "other"))))
                group = DIPTYCH_GROUP_CIVILIANS;
              head_outcome = _diptych_detect_match_outcome (ctx, h, &n);
              head_end = h + entry->n_words;
              /* "17 bodies of civilians": whose */
              if (head_end + 1 < last && _diptych_detect_is (ctx, h, "bodies") && _diptych_detect_is (ctx, head_end, "of"))
                {
                  guint whose = _diptych_detect_match (ctx, head_end + 1, LEX_GROUP, &entry);

                  if (whose > 0)
                    {
                      group = entry->value;
                      head_end += 1 + whose;
                    }
                }
            }
          /* "Drone strike on ferry kills dozens fleeing Dinder": no
           * noun; the verb before tells what befell those fleeing
           */
          else if (h == q.end && detect_ends_with (ctx, h, "ing") &&
                   hurts_people_before (ctx, first, q.start) && _diptych_detect_match_outcome (ctx, h, &n) >= 0)
            {
            }
          else if ((head_outcome = _diptych_detect_match_outcome (ctx, h, &n)) >= 0)
            {
              const DetectEntry *entry = NULL;
              Quantity object;

              head_end = h + n;
              /* "wounded civilians"; not the next line's "Gang members"
               * after a headline's "Thousands flee"
               */
              if (head_end < last && _diptych_detect_match (ctx, head_end, LEX_GROUP, &entry) > 0)
                {
                  group = entry->value;
                  head_end += entry->n_words;
                  attributive = TRUE;
                }
              /* "more than 200 killings of civilians": whose */
              else if (_diptych_detect_is (ctx, head_end, "of") &&
                       is_outcome_noun_of_people (ctx, h, n) &&
                       _diptych_detect_match (ctx, head_end + 1, LEX_GROUP, &entry) > 0)
                {
                  group = entry->value;
                  head_end += 1 + entry->n_words;
                }
              /* "20,000 lives", "29 deaths", "1,147 homicides": nouns that
               * count people; so does the outcome word of "dozens of
               * wounded"
               */
              else if (is_outcome_noun_of_people (ctx, h, n) ||
                       (h == q.end + 1 && _diptych_detect_is (ctx, q.end, "of")))
                group = DIPTYCH_GROUP_PEOPLE;
              /* "Dozens killed two soldiers", "Thousands mourned the
               * victims": they did it; not "12 killed 30 wounded", "Three
               * killed a day after the truce", "52 wounded between 6 and
               * 12 May"
               */
              else if (head_outcome != DIPTYCH_OUTCOME_DISPLACED && head_outcome != DIPTYCH_OUTCOME_MISSING &&
                       detect_ends_with (ctx, head_end - 1, "ed") && head_end < last &&
                       _diptych_detect_is_object_start (ctx, head_end, last) &&
                       !_diptych_detect_names_a_time (ctx, head_end, last) &&
                       !(_diptych_detect_read_quantity (ctx, head_end, head_end, last, &object) &&
                         _diptych_detect_match_outcome (ctx, object.end, &n) >= 0))
                continue;
            }
          /* "14 IS fighters": a name in capitals, though it spells a
           * function word
           */
          else if (detect_key (ctx, h)->all_upper && detect_key (ctx, h)->length > 1 && h + 1 < last &&
                   !detect_key (ctx, h + 1)->all_upper && _diptych_detect_match (ctx, h + 1, LEX_GROUP, &head_entry) > 0)
            {
              group = head_entry->value;
              head_end = h + 1 + head_entry->n_words;
            }
          else if (h >= last || _diptych_detect_is_punct (ctx, h) ||
                   detect_in (ctx, h, LEX_FUNCTION) ||
                   _diptych_detect_match (ctx, h, LEX_FUNCTION, NULL) > 0 ||
                   _diptych_detect_is (ctx, h, "the") || _diptych_detect_is (ctx, h, "a") ||
                   _diptych_detect_is (ctx, h, "an") ||
                   /* "where three later died" */
                   (detect_in (ctx, h, LEX_SKIP) && h + 1 < last && _diptych_detect_match_outcome (ctx, h + 1, &n) >= 0) ||
                   /* "wounded 54 late on Saturday" */
                   ((_diptych_detect_is (ctx, h, "late") || _diptych_detect_is (ctx, h, "early")) &&
                    h + 1 < last && (_diptych_detect_is (ctx, h + 1, "on") || _diptych_detect_is (ctx, h + 1, "in") ||
                                     detect_in (ctx, h + 1, LEX_TIME))) ||
                   /* "with about 600 sheltering in a school": where they stay */
                   shelters_at (ctx, h, last))
            {
              /* no noun */
            }
          else if (_diptych_detect_is_demonym (ctx, h))
            _diptych_detect_demonym_noun (ctx, h, last, &group, &head_end, &unknown);
          /* … of two words: "almost 4,500 South Sudanese" */
          else if (h + 1 < last && detect_key (ctx, h)->upper &&
                   (_diptych_detect_is (ctx, h, "south") || _diptych_detect_is (ctx, h, "north") ||
                    _diptych_detect_is (ctx, h, "east") || _diptych_detect_is (ctx, h, "west") ||
                    _diptych_detect_is (ctx, h, "central")) &&
                   _diptych_detect_is_demonym (ctx, h + 1))
            _diptych_detect_demonym_noun (ctx, h + 1, last, &group, &head_end, &unknown);
          else
            {
              /* An adjective or two before the noun: "young men", "FMA-supported
               * health workers"; else a count of things.
               */
              const DetectEntry *entry = NULL;
              /* two joined: "85 unaccompanied or separated children" */
              guint k, end = h + (h + 1 < last && (_diptych_detect_is (ctx, h + 1, "or") ||
                                                   _diptych_detect_is (ctx, h + 1, "and")) ? 4 : 3);

              for (k = h + 1; k < MIN (last, end); k++)
                {
                  /* "19 “Wazalendo” militiamen" */
                  if (_diptych_detect_is_quote (ctx, k) && k == h + 1)
                    {
                      end++;
                      continue;
                    }
                  /* "17 PKK/YPG terrorists", "62 AFC/M23 combatants": two
                   * names as one
                   */
                  if (_diptych_detect_is (ctx, k, "/") && k + 1 < last && detect_key (ctx, k - 1)->upper &&
                      detect_key (ctx, k + 1)->upper)
                    {
                      end += 2;
                      k++;
                      continue;
                    }
                  if (_diptych_detect_match (ctx, k, LEX_GROUP, &entry) > 0 ||
                      _diptych_detect_is_punct (ctx, k))
                    break;
                }
              if (entry != NULL)
                {
                  group = entry->value;
                  head_end = k + entry->n_words;
                  /* "three armed village volunteers", the "armed
                   * civilians" of Mexican officials: people under arms
                   */
                  if (_diptych_detect_is (ctx, h, "armed") &&
                      (group == DIPTYCH_GROUP_OTHER || group == DIPTYCH_GROUP_PEOPLE ||
                       group == DIPTYCH_GROUP_CIVILIANS))
                    group = DIPTYCH_GROUP_FIGHTERS;
                }
              /* "Twenty-three houses were also set ablaze before the
               * attackers fled": homes are no people
               */
              else if (detect_figure_word (ctx, h, FIGURE_WORD_HOME))
                continue;
              else if (_diptych_detect_is_plural_noun (ctx, h) && !detect_key (ctx, h)->upper)
                {
                  /* "seven farmers": people if the clause says what
                   * happened to them, else things
                   */
                  group = DIPTYCH_GROUP_OTHER;
                  head_end = h + 1;
                  unknown = TRUE;
                }
              else if (h + 1 < last && _diptych_detect_is_demonym (ctx, h + 1) &&
                       (!detect_key (ctx, h)->upper ||
                        /* … "11 Kosovo Albanians", of a place */
                        (h + 2 < last && _diptych_detect_is_plural_noun (ctx, h + 1) && !detect_in (ctx, h, LEX_FUNCTION) &&
                         !detect_in (ctx, h, LEX_MONTH))))
                {
                  /* "15 ethnic Somalis" */
                  group = DIPTYCH_GROUP_PEOPLE;
                  head_end = h + 2;
                }
              /* … nor "the 160 destroyed homes" */
              else if (h + 1 < last && detect_figure_word (ctx, h + 1, FIGURE_WORD_HOME))
                continue;
              else if (h + 1 < last && _diptych_detect_is_plural_noun (ctx, h + 1) &&
                       !detect_key (ctx, h + 1)->upper &&
                       !detect_in (ctx, h + 1, LEX_OUTCOME) && !detect_in (ctx, h + 1, LEX_REPORTING))
                {
                  /* "seven young farmers", "three Turkish engineers": likewise */
                  group = DIPTYCH_GROUP_OTHER;
                  head_end = h + 2;
                  unknown = TRUE;
                }
              else if (h + 2 < last && !detect_key (ctx, h)->upper && !detect_key (ctx, h + 1)->upper &&
                       !detect_in (ctx, h, LEX_FUNCTION) && !detect_in (ctx, h + 1, LEX_FUNCTION) &&
                       !_diptych_detect_is_punct (ctx, h) && !_diptych_detect_is_punct (ctx, h + 1) &&
                       !detect_in (ctx, h + 1, LEX_OUTCOME) && !detect_figure_word (ctx, h + 1, FIGURE_WORD_HOME) &&
                       _diptych_detect_is_plural_noun (ctx, h + 2) && !detect_key (ctx, h + 2)->upper &&
                       names_agents (ctx, h + 2) &&
                       !detect_in (ctx, h + 2, LEX_OUTCOME) && !detect_in (ctx, h + 2, LEX_REPORTING))
                {
                  /* "two municipal street cleaners": likewise, when the
                   * noun names people by what they do
                   */
                  group = DIPTYCH_GROUP_OTHER;
                  head_end = h + 3;
                  unknown = TRUE;
                }
              else if (h + 3 < last && (_diptych_detect_is (ctx, h + 1, "and") || _diptych_detect_is (ctx, h + 1, "or")) &&
                       !detect_key (ctx, h)->upper && !detect_in (ctx, h, LEX_FUNCTION) &&
                       !detect_in (ctx, h + 2, LEX_FUNCTION) && !detect_key (ctx, h + 2)->quantity &&
                       _diptych_detect_is_plural_noun (ctx, h + 3) && !detect_key (ctx, h + 3)->upper &&
                       !detect_in (ctx, h + 3, LEX_OUTCOME) && !detect_in (ctx, h + 3, LEX_REPORTING))
                {
                  /* "20 land and environmental defenders": two words
                   * joined before the noun, likewise
                   */
                  group = DIPTYCH_GROUP_OTHER;
                  head_end = h + 4;
                  unknown = TRUE;
                }
              else if (!detect_key (ctx, h)->upper && detect_ends_with (ctx, h, "ed") &&
                       _diptych_detect_outcome_after (ctx, h, last, &verb_end, &verb_among,
                                                      &verb_among_next) >= 0)
                {
                  /* "five more sustained wounds": a verb, and no noun */
                }
              else if (more && h == q.end + 1 && arriving_or_leaving (ctx, h, last))
                {
                  /* "Hundreds more left on Friday": more of those the
                   * article counted (see below)
                   */
                }
              else if (detect_key (ctx, h)->upper && !detect_key (ctx, h)->all_upper && h + 1 < last &&
                       !detect_key (ctx, h + 1)->upper)
                {
                  /* "29,000 Ixil fled", "300 Rohingya": a people's name,
                   * if the clause says what happened to them
                   */
                  group = DIPTYCH_GROUP_PEOPLE;
                  head_end = h + 1;
                  unknown = TRUE;
                }
              /* a toll needs no noun: "put the toll at 34 late on Friday";
               * nor does a figure named again: "among the 47 named by …",
               * nor the count a toll rose from: "up from 12 reported on
               * Monday"
               */
              else if (_diptych_detect_toll_before (ctx, q.start, first, &toll_start) < 0 &&
                       _diptych_detect_repeat_of (ctx, &q, first) < 0 &&
                       !changed_from (ctx, first, q.start) && !bare_part (ctx, sentence, first, q.start))
                continue;
            }
        }

      /* "450,000 Sudanese refugees", "300 Syrian refugees": a noun after
       * a name or an adjective that names the displaced
       */
      if (group >= 0 && head_outcome < 0 && head_end > h + 1 &&
          _diptych_detect_match_outcome (ctx, head_end - 1, &n) == DIPTYCH_OUTCOME_DISPLACED && n == 1)
        head_outcome = DIPTYCH_OUTCOME_DISPLACED;

      /* "members of the security forces", "employees of the internal
       * affairs bodies": the forces they belong to
       */
      if (group == DIPTYCH_GROUP_PEOPLE || group == DIPTYCH_GROUP_OTHER ||
          _diptych_detect_is (ctx, head_end - 1, "personnel"))
        group = _diptych_detect_member_of_forces (ctx, head_end, last, group, &head_end);
      /* "killing a dozen of its members" after "the group": an armed
       * group's
       */
      if (group == DIPTYCH_GROUP_PEOPLE && head_end >= first + 2 && _diptych_detect_is (ctx, head_end - 1, "members") &&
          _diptych_detect_is (ctx, head_end - 2, "its") &&
          armed_group_named (ctx, sentence - ctx->sentence_base, q.start))
        group = DIPTYCH_GROUP_FIGHTERS;
      /* nine "members of organized criminal groups": the noun is all
       * that is quoted
       */
      if (group >= 0 && h > q.end && _diptych_detect_is_quote (ctx, h - 1))
        {
          guint k;

          for (k = head_end; k < last && k < head_end + 8 && !_diptych_detect_is_punct (ctx, k); k++)
            ;
          if (k < last && _diptych_detect_is_quote (ctx, k))
            head_end = k + 1;
        }

      /* "18 were children", "Two of the dead were police officers"; not
       * the whole of a part: "Most of the 120 wounded were women"
       */
      if (group < 0 && head_end + 1 < last &&
          !(q.start > first + 1 && _diptych_detect_is (ctx, q.start - 1, "the") && _diptych_detect_is (ctx, q.start - 2, "of")))
        {
          group = _diptych_detect_predicate_group (ctx, head_end, last, &head_end);
          predicate = group >= 0;
        }

      span_first = q.start;
      span_last = head_end;

      /* The outcome, nearest first. A noun that names the displaced or
       * the detained says what happened only when no verb says more:
       * "Twelve refugees were killed", "killed at least seven refugees",
       * "Twelve detainees died in custody"
       */
      outcome = head_outcome;
      /* "have interviewed 37 refugees", "interviewed 46 people who had
       * fled the town": those spoken to, counted by what befell them
       * before, whatever the clause after says of them
       */
      if (link == LINK_NONE &&
          ((q.start > first &&
            (_diptych_detect_is (ctx, q.start - 1, "interviewed") || _diptych_detect_is (ctx, q.start - 1, "surveyed") ||
             _diptych_detect_is (ctx, q.start - 1, "consulted"))) ||
           /* "six other displaced residents interviewed by this newspaper" */
           (outcome == DIPTYCH_OUTCOME_DISPLACED && head_end < last &&
            (_diptych_detect_is (ctx, head_end, "interviewed") || _diptych_detect_is (ctx, head_end, "surveyed")))))
        continue;
      if (!attributive && link == LINK_NONE && group >= 0 &&
          (outcome == DIPTYCH_OUTCOME_DISPLACED ||
           (outcome == DIPTYCH_OUTCOME_DETAINED &&
            (_diptych_detect_is (ctx, head_end - 1, "detainees") || _diptych_detect_is (ctx, head_end - 1, "hostages") ||
             _diptych_detect_is (ctx, head_end - 1, "captives")))))
        {
          noun_outcome = outcome;
          outcome = -1;
        }
      /* "two wounded soldiers had died", "47 displaced persons were
       * killed": the verb says they died since; not "30 wounded soldiers
       * were evacuated", which says no more than the noun
       */
      if (attributive && link == LINK_NONE && outcome != DIPTYCH_OUTCOME_KILLED)
        {
          guint end = 0, unused_next;
          gboolean later_among;

          if (_diptych_detect_outcome_after (ctx, head_end, last, &end, &later_among,
                                             &unused_next) == DIPTYCH_OUTCOME_KILLED &&
              !later_among)
            {
              outcome = DIPTYCH_OUTCOME_KILLED;
              span_last = end;
            }
        }
      /* "The bodies of two of the detained men were later found": those
       * held, now dead
       */
      if (outcome < 0 && link == LINK_OUTCOME && link_outcome != DIPTYCH_OUTCOME_KILLED && q.start > first + 1 &&
          _diptych_detect_is (ctx, q.start - 1, "of") && _diptych_detect_is (ctx, q.start - 2, "bodies"))
        {
          outcome = DIPTYCH_OUTCOME_KILLED;
          span_first = q.start - 2;
          if (span_first > first && _diptych_detect_is (ctx, span_first - 1, "the"))
            span_first--;
        }
      if (outcome < 0 && (link == LINK_OUTCOME || link == LINK_AMONG_NEXT))
        outcome = link_outcome;

      /* past quotes around the verb: "had ‘neutralised’ four" */
      before = q.start;
      while (before > first && (_diptych_detect_is_quote (ctx, before - 1) ||
                                _diptych_detect_is_apostrophe (ctx, before - 1)))
        before--;
      /* "arrested another 12", "killing all four attackers", "killing a
       * further 20", "an additional 30", "had lost only two fighters"
       */
      if (before > first && (_diptych_detect_is (ctx, before - 1, "another") ||
                             _diptych_detect_is (ctx, before - 1, "all") ||
                             _diptych_detect_is (ctx, before - 1, "only") ||
                             _diptych_detect_is (ctx, before - 1, "just")))
        {
          before--;
          /* "had lost “only three” fighters" */
          while (before > first && _diptych_detect_is_quote (ctx, before - 1))
            before--;
        }
      /* "Eight of the dead were deminers and the other two were
       * policemen": the rest of those counted before
       */
      else if (before > first + 1 && _diptych_detect_is (ctx, before - 1, "other") &&
               _diptych_detect_is (ctx, before - 2, "the"))
        before -= 2;
      /* "killed his three sons", "a policeman and his 3 children"; "its"
       * after a verb of what befell them: "struck a car, killing its two
       * occupants"
       */
      else if (before > first && detect_is_possessive_determiner (ctx, before - 1) &&
               (!_diptych_detect_is (ctx, before - 1, "its") ||
                (before > first + 1 && _diptych_detect_match_outcome (ctx, before - 2, &n) >= 0)))
        before--;
      /* "buried my brother's two daughters", "the family's three sons":
       * kin of someone named before them
       */
      else if (before > first && detect_key (ctx, before - 1)->possessive && group >= 0 && !unknown)
        {
          before--;
          if (before > first &&
              (detect_is_possessive_determiner (ctx, before - 1) || _diptych_detect_is (ctx, before - 1, "the") ||
               _diptych_detect_is (ctx, before - 1, "a")))
            before--;
        }
      else if (before > first + 1 && (_diptych_detect_is (ctx, before - 1, "further") ||
                                      _diptych_detect_is (ctx, before - 1, "additional")) &&
               (_diptych_detect_is (ctx, before - 2, "a") ||
                _diptych_detect_is (ctx, before - 2, "an")))
        before -= 2;
      /* "searching for the remaining 29", "the remaining 32 dead were
       * gunmen": the rest of a whole
       */
      else if (before > first + 1 && _diptych_detect_is (ctx, before - 1, "remaining") &&
               _diptych_detect_is (ctx, before - 2, "the"))
        {
          before -= 2;
          remaining = TRUE;
        }
      /* "among them a family of five", "killing an entire family of
       * six": the family's people
       */
      else if ((family = family_of (ctx, first, before)) != G_MAXUINT)
        {
          before = family;
          span_first = before;
          if (group < 0)
            group = DIPTYCH_GROUP_PEOPLE;
          /* "a family of 12 lives in the house": the family's verb */
          if (_diptych_detect_is (ctx, q.end, "lives"))
            continue;
        }
      /* "killing the two men inside", "arrested the three suspects": a
       * verb's object
       */
      else if (outcome < 0 && group >= 0 && before > first + 1 &&
               _diptych_detect_is (ctx, before - 1, "the") &&
               _diptych_detect_match_before (ctx, before - 1, first, LEX_OUTCOME, NULL) > 0 &&
               (detect_ends_with (ctx, before - 2, "ed") ||
                detect_ends_with (ctx, before - 2, "ing")))
        before--;
      if ((outcome < 0 || (attributive && outcome != DIPTYCH_OUTCOME_KILLED)) && before > first)
        {
          const DetectEntry *entry = NULL;

          /* "killed 12 displaced people": a verb saying they died wins
           * over the noun's adjective
           */
          if ((n = _diptych_detect_match_before (ctx, before, first, LEX_OUTCOME, &entry)) > 0 &&
              (outcome < 0 || entry->value == DIPTYCH_OUTCOME_KILLED) &&
              !_diptych_detect_is (ctx, before - n, "their") &&
              !(n == 2 && _diptych_detect_is (ctx, before - 2, "looking") &&
                !_diptych_detect_still_looking (ctx, before - 2)) &&
              /* "are being held in three screening centres": where they
               * are held
               */
              !(n == 2 && _diptych_detect_is (ctx, before - 1, "in") && _diptych_detect_is (ctx, before - 2, "held")) &&
              /* "provided psychological first aid to 64 survivors": no
               * wound said
               */
              !(before > first + n && _diptych_detect_is (ctx, before - n, "first") &&
                _diptych_detect_is (ctx, before - n - 1, "psychological")) &&
              /* "a shopkeeper who lives two blocks away": a verb */
              !(n == 1 && _diptych_detect_is (ctx, before - 1, "lives") && before - 1 > first &&
                (_diptych_detect_is (ctx, before - 2, "who") || detect_in (ctx, before - 2, LEX_PERSONAL))) &&
              !_diptych_detect_called_for (ctx, first, before - n))
            {
              outcome = entry->value;
              span_first = before - n;
            }
          else if (outcome < 0 && (of = of_before (ctx, first, before)) > first &&
                   (n = _diptych_detect_match_before (ctx, of, first, LEX_OUTCOME, &entry)) > 0 &&
                   /* not "disclose the whereabouts of the 14 men", who are held */
                   (of == before - 1 || entry->value == DIPTYCH_OUTCOME_KILLED) &&
                   /* … not "were forced out of two Bedouin communities":
                    * a verb's particle, then where from
                    */
                   strcmp (entry->words[entry->n_words - 1], "out") != 0 &&
                   !_diptych_detect_called_for (ctx, first, of - n))
            {
              /* "the bodies of 11 people", "the deaths of at least 41",
               * "the bodies of the 13 irregulars"
               */
              outcome = entry->value;
              span_first = of - n;
              if (span_first > first && _diptych_detect_is (ctx, span_first - 1, "the"))
                span_first--;
            }
          /* "destroyed more than 2,500 terrorists": a military's word
           * for armed men killed, not for a count of things
           */
          else if (outcome < 0 && (group == DIPTYCH_GROUP_FIGHTERS || group == DIPTYCH_GROUP_SOLDIERS) &&
                   (_diptych_detect_is (ctx, before - 1, "destroyed") || _diptych_detect_is (ctx, before - 1, "destroying")))
            {
              outcome = DIPTYCH_OUTCOME_KILLED;
              span_first = before - 1;
            }
          else if (outcome < 0 && (group >= 0 || others) && !unknown &&
                   (outcome = _diptych_detect_shared_fate (ctx, first, before,
                                                           others ||
                                                           has_other (ctx, q.end, head_end))) >= 0)
            span_first = before;
          /* "had admitted 23 patients", "airlifted 12 patients": the hurt,
           * brought to a hospital. "Patients with" says what they came
           * with, wounds or heatstroke, as the words after it do; and
           * "since the war began", "a day" count a hospital's work.
           */
          else if (outcome < 0 && !unknown && head_end > q.end && _diptych_detect_is (ctx, head_end - 1, "patients") &&
                   detect_figure_word (ctx, before - 1, FIGURE_WORD_CARRIED) &&
                   !_diptych_detect_is (ctx, head_end, "with") && !_diptych_detect_is (ctx, head_end, "since") &&
                   !_diptych_detect_is (ctx, head_end, "a") && !_diptych_detect_is (ctx, head_end, "every") &&
                   !_diptych_detect_is (ctx, head_end, "each"))
            {
              outcome = DIPTYCH_OUTCOME_INJURED;
              span_first = before - 1;
            }
          /* "its fighters were holding 27 dissident fighters", "are still
           * holding 12 hostages", "the RDN is holding as many as 12
           * civilians"; not "the boat holding 300 migrants", "the
           * stadium was holding 50,000 fans", "the school is holding 300
           * children"
           */
          else if (outcome < 0 && !unknown && (be = holding_verb (ctx, first, before)) > 0 &&
                   (group == DIPTYCH_GROUP_FIGHTERS || group == DIPTYCH_GROUP_SOLDIERS ||
                    _diptych_detect_is (ctx, head_end - 1, "hostages") ||
                    _diptych_detect_is (ctx, head_end - 1, "captives") ||
                    /* "his men were holding 86 prisoners" */
                    _diptych_detect_is (ctx, head_end - 1, "prisoners") ||
                    /* … "its fighters were holding two dozen oil workers" */
                    ((group == DIPTYCH_GROUP_CIVILIANS || group == DIPTYCH_GROUP_MEN ||
                      group == DIPTYCH_GROUP_WOMEN || group == DIPTYCH_GROUP_CHILDREN ||
                      group == DIPTYCH_GROUP_PEOPLE || group == DIPTYCH_GROUP_OTHER) &&
                     (armed_subject (ctx, first, be) || accused_after (ctx, head_end, last) ||
                      state_subject (ctx, first, be) ||
                      /* "the armed group had burnt about 300 houses … and
                       * was holding 11 people": the subject of the verb
                       * before "and"
                       */
                      (be > first && _diptych_detect_is (ctx, be - 1, "and") &&
                       armed_subject_group (ctx, first, be) >= 0))) ||
                    own_members (ctx, q.end, head_end)))
            {
              outcome = DIPTYCH_OUTCOME_DETAINED;
              span_first = before - 1;
              /* "the RSO was holding upwards of 20 of its members": an
               * armed group's, held by another
               */
              if (own_members (ctx, q.end, head_end))
                group = DIPTYCH_GROUP_FIGHTERS;
            }
          /* "the camp holds some 9,000 suspected IS fighters", "the
           * rebels held 12 soldiers": armed men in someone's hands; and
           * "troops had held between 20 and 30 young men in a school",
           * men, women or children held by someone, not "the hall held
           * 300 people"
           */
          else if (outcome < 0 && !unknown && link == LINK_NONE && before > first &&
                   (((group == DIPTYCH_GROUP_FIGHTERS || group == DIPTYCH_GROUP_SOLDIERS) &&
                     (_diptych_detect_is (ctx, before - 1, "holds") || _diptych_detect_is (ctx, before - 1, "held"))) ||
                    ((group == DIPTYCH_GROUP_MEN || group == DIPTYCH_GROUP_WOMEN || group == DIPTYCH_GROUP_CHILDREN ||
                      group == DIPTYCH_GROUP_CIVILIANS) &&
                     _diptych_detect_is (ctx, before - 1, "held") && before > first + 1 &&
                     detect_in (ctx, before - 2, LEX_AUXILIARY)) ||
                    /* "held three national staff for about six hours",
                     * "briefly held four aid workers"
                     */
                    (group >= 0 && _diptych_detect_is (ctx, before - 1, "held") &&
                     (held_for_a_time (ctx, head_end, last) ||
                      (before > first + 1 && _diptych_detect_is (ctx, before - 2, "briefly")))) ||
                    /* "soldiers held about 40 men in the basement of a
                     * holiday complex", "holding about 2,000 residents of
                     * the district as human shields"
                     */
                    ((group >= 0 || others) &&
                     (_diptych_detect_is (ctx, before - 1, "held") || _diptych_detect_is (ctx, before - 1, "holding")) &&
                     held_captive_after (ctx, head_end, last)) ||
                    /* "The Houthis hold 12 men from the village": in an
                     * armed group's hands now
                     */
                    ((group == DIPTYCH_GROUP_MEN || group == DIPTYCH_GROUP_WOMEN || group == DIPTYCH_GROUP_CHILDREN ||
                      group == DIPTYCH_GROUP_CIVILIANS || group == DIPTYCH_GROUP_PEOPLE) &&
                     (_diptych_detect_is (ctx, before - 1, "hold") || _diptych_detect_is (ctx, before - 1, "holds")) &&
                     armed_subject (ctx, first, before - 1)) ||
                    /* "killed 14 civilians … and were still holding seven
                     * others": the others of the killed, in their hands
                     */
                    (others && group < 0 && holding_verb (ctx, first, before) > 0)))
            {
              outcome = DIPTYCH_OUTCOME_DETAINED;
              span_first = before - 1;
            }
          /* "They took my two sons", "armed men had taken his two younger
           * sisters", "took two boys from the farm", "took several young men
           * with them": people taken by
           * force; not "took 14 residents to safety", "took 300 migrants
           * across", nor things ("taken six soldiers prisoner" is told below)
           */
          else if (outcome < 0 && group >= 0 && group != DIPTYCH_GROUP_OTHER && !unknown &&
                   link == LINK_NONE && before > first &&
                   taken_before (ctx, first, before) &&
                   (head_end >= last || _diptych_detect_is_punct (ctx, head_end) ||
                    _diptych_detect_is (ctx, head_end, "from") || _diptych_detect_is (ctx, head_end, "and") ||
                    /* "took several young men with them when they left" */
                    (_diptych_detect_is (ctx, head_end, "with") && _diptych_detect_is (ctx, head_end + 1, "them") &&
                     !_diptych_detect_is (ctx, head_end + 3, "safety")) ||
                    /* "took four young women away with them", "took my
                     * husband and five other men into the bush"
                     */
                    _diptych_detect_is (ctx, head_end, "away") || _diptych_detect_is (ctx, head_end, "into") ||
                    /* … "took my husband and his two brothers in the
                     * night", "They took five boys that night", "took my
                     * two sons at midnight", "in August"
                     */
                    _diptych_detect_when_after (ctx, head_end, last) ||
                    shot_when_taken (ctx, head_end, last)))
            {
              /* "took my husband and my two brothers out of the house and
               * shot them": taken to be killed
               */
              outcome = shot_when_taken (ctx, head_end, last) ? DIPTYCH_OUTCOME_KILLED : DIPTYCH_OUTCOME_DETAINED;
              /* … "Ambulances took at least 61 people from the school to
               * hospital": the hurt
               */
              if (has_word_in (ctx, head_end, MIN (last, head_end + 8), "hospital"))
                outcome = DIPTYCH_OUTCOME_INJURED;
              span_first = _diptych_detect_is (ctx, before - 1, "and") ? before : before - 1;
            }
          /* "I saw them line up eight or nine men against the wall of
           * the mosque and shoot them": the verb after says it
           */
          else if (outcome < 0 && group >= 0 && group != DIPTYCH_GROUP_OTHER && !unknown &&
                   link == LINK_NONE && before > first && !detect_in (ctx, before - 1, LEX_FUNCTION) &&
                   shot_when_taken (ctx, head_end, last))
            outcome = DIPTYCH_OUTCOME_KILLED;
          /* "forced thousands to flee": the verb says they are people */
          else if (outcome < 0 && (group >= 0 || others || head_end == q.end) &&
                   (outcome = _diptych_detect_split_outcome (ctx, before - 1, head_end, last,
                                                             &n)) >= 0)
            {
              span_first = before - 1;
              span_last = n;
            }
        }

      /* "Among the martyrs were an officer and two conscripts": the
       * copula before a list
       */
      listed = before;
      /* … "were a village head, his two wives and four children", "are a
       * member of the state assembly and two traditional elders", "were
       * Ahmed Musa, 58, and two teenagers"
       */
      /* … "were a pastor and his wife, as well as at least six children" */
      guint list_and = before > first + 5 && _diptych_detect_is (ctx, before - 1, "as") &&
                       _diptych_detect_is (ctx, before - 2, "well") && _diptych_detect_is (ctx, before - 3, "as")
                         ? before - 3 : before - 1;

      if (list_and > first + 3 &&
          (_diptych_detect_is (ctx, list_and, "and") || _diptych_detect_is (ctx, list_and, ",") || list_and < before - 1))
        for (guint k = list_and - 1; k > first + 1 && before - k < 12 &&
                                   (!_diptych_detect_is_punct (ctx, k) || _diptych_detect_is (ctx, k, ",")); k--)
          if ((_diptych_detect_is_article (ctx, k) || _diptych_detect_is (ctx, k, "the") ||
               detect_key (ctx, k)->upper || detect_key (ctx, k)->quantity) &&
              is_copula_or_include (ctx, k - 1))
            {
              listed = k;
              break;
            }
      /* "Among the dead were 29 children", "Among those hurt were three
       * paramedics", "Those killed included three aid workers": the
       * figure breaks down the last of that outcome
       */
      /* … not "Among the dead were three boys, and two soldiers were
       * injured", a subject with its own verb
       */
      if (outcome < 0 && link == LINK_NONE && listed > first + 1 &&
          (detect_in (ctx, listed - 1, LEX_AUXILIARY) || detect_in (ctx, listed - 1, LEX_BREAKDOWN)) &&
          is_copula_or_include (ctx, listed - 1) &&
          !(listed < q.start && head_end < last && detect_in (ctx, head_end, LEX_AUXILIARY)))
        {
          const DetectEntry *entry = NULL;
          gboolean among_those = FALSE, those = FALSE;
          guint det = G_MAXUINT;  /* the determiner: "the", "those" */

          /* "Among those held": an entry of its own, "those" and all */
          if ((n = _diptych_detect_match_before (ctx, listed - 1, first, LEX_OUTCOME, &entry)) > 0 &&
              strcmp (entry->words[0], "those") == 0)
            det = listed - 1 - n;
          else if (n > 0 && listed - 1 - n > first &&
                   (_diptych_detect_is (ctx, listed - 2 - n, "the") || _diptych_detect_is (ctx, listed - 2 - n, "those")))
            det = listed - 2 - n;
          /* "among the civilians killed were eight women": past the noun
           * of those it befell
           */
          else if (n > 0 && listed > first + 2 + n && !detect_key (ctx, listed - 2 - n)->upper &&
                   _diptych_detect_match (ctx, listed - 2 - n, LEX_GROUP, NULL) == 1 &&
                   _diptych_detect_is (ctx, listed - 3 - n, "the"))
            det = listed - 3 - n;
          /* "Killed were two women and a child", "Wounded were 12
           * police officers": the sentence opens with the outcome
           */
          else if (n > 0 && listed - 1 - n == first &&
                   (_diptych_detect_is (ctx, listed - 1, "were") || _diptych_detect_is (ctx, listed - 1, "are")))
            det = first;
          /* "Among the dead identified by the organisation were 12
           * children": the sentence opens with them
           */
          /* … "Among the injured, who were evacuated to N’Guigmi district
           * hospital, are 11 children": past an aside
           */
          else if (n == 0 && listed > first + 4 &&
                   (listed < first + 12 || (listed < first + 24 && _diptych_detect_is (ctx, first + 3, ",") &&
                                            _diptych_detect_is (ctx, listed - 2, ","))) &&
                   _diptych_detect_is (ctx, first, "among") &&
                   (_diptych_detect_is (ctx, listed - 1, "were") || _diptych_detect_is (ctx, listed - 1, "are")) &&
                   (_diptych_detect_is (ctx, first + 1, "the") || _diptych_detect_is (ctx, first + 1, "those")) &&
                   _diptych_detect_match (ctx, first + 2, LEX_OUTCOME, &entry) > 0)
            det = first + 1;
          if (det != G_MAXUINT)
            {
              among_those = det > first && _diptych_detect_is (ctx, det - 1, "among");
              /* the sentence's subject: not "… killed 12 of the wounded were …" */
              those = !among_those && !_diptych_detect_is (ctx, listed - 1, "was") &&
                      (det == first || _diptych_detect_is_punct (ctx, det - 1) ||
                       /* "said (that) the dead included" */
                       detect_in (ctx, det - 1, LEX_CLAUSE) ||
                       detect_in (ctx, det - 1, LEX_REPORTING) ||
                       /* "told AFP the dead were a couple, …" */
                       (det > first + 1 && detect_in (ctx, det - 2, LEX_REPORTING) && detect_key (ctx, det - 1)->upper));
            }
          /* "Among the 21 dead were five children": a part of the
           * figure the sentence opens with, in a quote too ("“Among the 26
           * suspects arrested are four women”")
           */
          if (det == G_MAXUINT && (f = _diptych_detect_last_in_sentence (ctx, sentence)) >= 0 &&
              g_array_index (ctx->figures, DetectItem, f).last == listed - 1 &&
              among_the_whole (ctx, opening, g_array_index (ctx->figures, DetectItem, f).first) &&
              (_diptych_detect_is (ctx, listed - 1, "were") || _diptych_detect_is (ctx, listed - 1, "are")))
            {
              head = f;
              link = LINK_HEAD;
              outcome = g_array_index (ctx->figures, DetectItem, f).casualty.outcome;
            }
          else if (among_those || those)
            {
              outcome = link_outcome = entry->value;
              link = LINK_AMONG_THOSE;
              /* the words before a list's later figure are the
               * first's: "his two wives", "four children" alone
               */
              span_first = listed == before ? (among_those ? det - 1 : det) : before;
              /* not past an aside: "Among the injured, who …, are 11 children" */
              if (listed > det + 10)
                span_first = before;
            }
          /* "Gunmen killed 14 people. Among them were the town's imam,
           * two schoolteachers …": a part of the figure before
           */
          else if (listed >= first + 3 && _diptych_detect_is (ctx, listed - 2, "them") &&
                   _diptych_detect_is (ctx, listed - 3, "among"))
            link = LINK_PREVIOUS;
          /* "Fourteen of the dead were suspected gunmen; the others were
           * two soldiers and three farm labourers": more of the whole the
           * part just before is of
           */
          else if (listed >= first + 3 &&
                   (_diptych_detect_is (ctx, listed - 1, "were") || _diptych_detect_is (ctx, listed - 1, "are")) &&
                   (_diptych_detect_is (ctx, listed - 2, "others") || _diptych_detect_is (ctx, listed - 2, "rest")) &&
                   _diptych_detect_is (ctx, listed - 3, "the") && ctx->figures->len > 0 &&
                   g_array_index (ctx->figures, DetectItem, ctx->figures->len - 1).sentence + 1 >= sentence &&
                   g_array_index (ctx->figures, DetectItem, ctx->figures->len - 1).predicate)
            {
              const DetectItem *part_before = &g_array_index (ctx->figures, DetectItem, ctx->figures->len - 1);

              outcome = part_before->casualty.outcome;
              if (part_before->parent >= 0)
                {
                  head = part_before->parent;
                  link = LINK_HEAD;
                }
            }
          /* "… have treated 96 people for wounds. Among the patients are
           * 31 children": a part of the hurt counted before
           */
          else if (listed > first + 3 && _diptych_detect_is (ctx, listed - 2, "patients") &&
                   _diptych_detect_is (ctx, listed - 3, "the") && _diptych_detect_is (ctx, listed - 4, "among") &&
                   hurt_just_counted (ctx, sentence))
            {
              outcome = link_outcome = DIPTYCH_OUTCOME_INJURED;
              link = LINK_AMONG_THOSE;
              span_first = listed - 4;
            }
          /* "Among the victims are two boys": a part of the dead, when
           * a figure of the dead or no figure at all comes listed
           */
          else if (listed > first + 3 && _diptych_detect_is (ctx, listed - 2, "victims") &&
                   _diptych_detect_is (ctx, listed - 3, "the") && _diptych_detect_is (ctx, listed - 4, "among") &&
                   (_diptych_detect_last_total (ctx, DIPTYCH_OUTCOME_KILLED, 0, DIPTYCH_NO_NUMBER, -1) >= 0 ||
                    ctx->figures->len == 0))
            {
              outcome = link_outcome = DIPTYCH_OUTCOME_KILLED;
              link = LINK_AMONG_THOSE;
              span_first = listed - 4;
            }
        }

      /* "called on the army to release the 14 men", "to release our two
       * colleagues": those held, whom a demand would set free (43
       * labelled of 44 such numbers)
       */
      /* … unless they are named by another fate: "to release the seven
       * women still missing"
       */
      if (outcome < 0 && link == LINK_NONE && group >= 0 && release_called_for (ctx, first, before) &&
          _diptych_detect_outcome_after (ctx, head_end, last, &verb_end, &verb_among, &verb_among_next) < 0)
        outcome = DIPTYCH_OUTCOME_DETAINED;
      /* "had registered 512 families, or 2,146 people, in six evacuation
       * centers": those a count of the displaced finds at their sites
       */
      if (outcome < 0 && link == LINK_NONE && group >= 0 && registered_at_site (ctx, first, before, head_end, last))
        outcome = DIPTYCH_OUTCOME_DISPLACED;
      /* "312 families, comprising 1,560 persons, had been displaced",
       * "registered 596 families – 2,087 people – in 3 temporary
       * shelters": the same people counted in persons, with the
       * families' fate
       */
      if (outcome < 0 && link == LINK_NONE && group >= 0 && (f = families_restated (ctx, sentence, first, before)) >= 0)
        outcome = g_array_index (ctx->figures, DetectItem, f).casualty.outcome;
      /* "The fate of 20 to 25 other soldiers remained unknown" */
      if (outcome < 0 && link == LINK_NONE && (n = fate_unknown (ctx, first, q.start, head_end, last)) > 0)
        {
          outcome = DIPTYCH_OUTCOME_MISSING;
          span_last = n;
        }
      /* "who fled across the wheat fields with his wife and three
       * grandchildren": those who fled with someone
       */
      if (outcome < 0 && link == LINK_NONE && head_end > q.end && group != DIPTYCH_GROUP_FIGHTERS &&
          group != DIPTYCH_GROUP_SOLDIERS && fled_with (ctx, first, q.start))
        outcome = DIPTYCH_OUTCOME_DISPLACED;
      /* "the death toll had risen to 21 and the number of wounded to
       * 40": a number with no noun after a toll of its own outcome is
       * the toll's (read below), whatever follows it
       */
      if (outcome < 0 && link == LINK_NONE &&
          !(head_end == q.end && _diptych_detect_toll_before (ctx, q.start, first, &toll_start) >= 0))
        {
          guint end = 0;

          outcome = _diptych_detect_outcome_after (ctx, head_end, last, &end, &among, &among_next);
          /* "Drone strike on ferry kills dozens fleeing Dinder": those
           * the verb before killed were fleeing, read below
           */
          if (outcome >= 0 && !among && head_end == q.end && head_end < last &&
              detect_ends_with (ctx, head_end, "ing") && hurts_people_before (ctx, first, before))
            outcome = -1;
          /* "40 per cent of Talodi's 60,000 residents had left": the
           * share left, not the whole; but "half of the 300 people
           * killed were children" counts the killed
           */
          if (outcome >= 0 && !among && head_end < last && detect_in (ctx, head_end, LEX_AUXILIARY) &&
              whole_of_share (ctx, first, q.start))
            continue;
          /* "37 cases of acute diarrhoea among displaced children", "1,200
           * suspected cases of cholera among the displaced": illness
           * among them, which counts no people
           */
          if (outcome >= 0 && among && cases_of_before (ctx, q.end, last))
            continue;
          /* "had pulled four people out alive and were still searching":
           * the saved
           */
          if (outcome >= 0 && head_end + 1 < last &&
              (_diptych_detect_is (ctx, head_end, "alive") ||
               (_diptych_detect_is (ctx, head_end, "out") && _diptych_detect_is (ctx, head_end + 1, "alive"))))
            continue;
          if (outcome >= 0)
            {
              span_last = end;
              if (among)
                {
                  link = among_next != G_MAXUINT ? LINK_AMONG_NEXT : LINK_AMONG_THOSE;
                  link_outcome = outcome;
                  if (link == LINK_AMONG_NEXT)
                    span_last = head_end;
                }
            }
        }
      else if (outcome < 0 && link != LINK_NONE)
        {
          guint end = 0;
          gboolean unused;

          outcome = _diptych_detect_outcome_after (ctx, head_end, last, &end, &unused, &among_next);
          /* "had received 64 bodies …, 40 of them civilians with gunshot
           * wounds to the head": how the dead of the figure before died
           */
          /* … the figure before in this sentence: not "rescued nine of
           * the victims, two of them with gunshot wounds"
           */
          if (outcome == DIPTYCH_OUTCOME_INJURED && link == LINK_PREVIOUS && head_end < last &&
              _diptych_detect_is (ctx, head_end, "with") && (f = _diptych_detect_last_in_sentence (ctx, sentence)) >= 0 &&
              g_array_index (ctx->figures, DetectItem, f).casualty.outcome == DIPTYCH_OUTCOME_KILLED)
            outcome = DIPTYCH_OUTCOME_KILLED;
          if (outcome >= 0)
            span_last = end;
        }
      /* "have driven as many as 4,000 people from villages around
       * Pinlebu"
       */
      if (outcome < 0 && link == LINK_NONE && q.start > first)
        {
          guint end = _diptych_detect_driven_from (ctx, q.start - 1, head_end, last);

          if (end > 0)
            {
              outcome = DIPTYCH_OUTCOME_DISPLACED;
              span_first = q.start - 1;
              span_last = end;
            }
        }
      /* "took seven or eight boatmen from a landing", "saw gunmen seize
       * between 10 and 15 children from the market stalls": people taken
       * from a place
       */
      /* … "They took at least 40 of us from the mosque" */
      if (outcome < 0 && link == LINK_NONE && q.start > first && taken_by_verb (ctx, q.start - 1) &&
          ((group >= 0 && head_end > q.end && head_end + 1 < last && _diptych_detect_is (ctx, head_end, "from")) ||
           (q.end + 3 < last && _diptych_detect_is (ctx, q.end, "of") && _diptych_detect_is (ctx, q.end + 1, "us") &&
            _diptych_detect_is (ctx, q.end + 2, "from"))) &&
          /* … not "Ambulances took at least 61 people from the school to
           * hospital"
           */
          !has_word_in (ctx, head_end, MIN (last, head_end + 8), "hospital"))
        {
          outcome = DIPTYCH_OUTCOME_DETAINED;
          span_first = q.start - 1;
        }
      /* "At least five boys were among them", "there are at least five
       * boys among them": a part of the figure before
       */
      if (outcome < 0 && link == LINK_NONE && group >= 0 && among_them (ctx, head_end, last))
        {
          /* "Most of the dead are young men, but there are at least five
           * boys among them": of the last figure of those the sentence
           * names
           */
          link = LINK_PREVIOUS;
          for (guint k = first; k + 1 < q.start; k++)
            if (_diptych_detect_is (ctx, k, "the") &&
                (link_outcome = _diptych_detect_match_outcome (ctx, k + 1, &n)) >= 0)
              {
                link = LINK_OUTCOME;
                break;
              }
        }

      /* "14 civilians and five members of the security forces were among
       * the dead", "Twelve Maoists, including four women cadres, and two
       * jawans were killed": the verb after two people's nouns is the
       * first's too
       */
      conj = head_end + (head_end < last && _diptych_detect_is_quote (ctx, head_end));
      if (outcome < 0 && link == LINK_NONE && conj + 1 < last && _diptych_detect_is (ctx, conj, ",") &&
          !detect_key (ctx, conj + 1)->quantity)
        {
          guint k;

          /* an aside with no verb: not "6 women, were killed on Monday,
           * and 93 civilians were injured"
           */
          for (k = conj + 1; k < last && k < conj + COORDINATE_ASIDE && !_diptych_detect_is_punct (ctx, k) &&
                             !detect_in (ctx, k, LEX_AUXILIARY);
               k++)
            ;
          if (k + 1 < last && _diptych_detect_is (ctx, k, ",") && _diptych_detect_is (ctx, k + 1, "and"))
            conj = k + 1;
        }
      /* … and a headline's list: "12 Maoists, two DRG jawans killed"; and
       * past the figures of a longer list: "23 civilians, 9 soldiers and 4
       * police officers were killed"
       */
      if (outcome < 0 && link == LINK_NONE && group >= 0 && !unknown)
        for (guint listed_after = 0; listed_after < 4 && conj + 2 < last &&
                                     (_diptych_detect_is (ctx, conj, "and") || _diptych_detect_is (ctx, conj, ","));
             listed_after++)
          {
            const DetectEntry *entry = NULL;
            guint end = 0, h2, noun_end;
            /* past "the" or a qualifier: "and the two teachers are still
             * in the hands of …", "and at least eight rebels"
             */
            /* … or a quote: "nine soldiers and “more than 30 terrorists”
             * had died"
             */
            guint open = conj + 1 + (conj + 2 < last && _diptych_detect_is_quote (ctx, conj + 1));
            guint the = open + (open + 1 < last && _diptych_detect_is (ctx, open, "the"));
            guint at = the + _diptych_detect_match (ctx, the, LEX_QUALIFIER, NULL);
            Quantity q2;

            if (!_diptych_detect_read_quantity (ctx, at, conj + 1, last, &q2))
              break;
            /* "Seven civilians and two of our soldiers lost their lives" */
            h2 = q2.end + 2 < last && _diptych_detect_is (ctx, q2.end, "of")
                   ? _diptych_detect_partitive_group (ctx, q2.end + 1, last) : last;
            if (h2 <= q2.end + 1 || h2 >= last)
              h2 = _diptych_detect_described_noun (ctx, q2.end + _diptych_detect_is (ctx, q2.end, "other"), last);
            if (!(h2 < last && _diptych_detect_match (ctx, h2, LEX_GROUP, &entry) > 0))
              break;
            noun_end = h2 + entry->n_words;
            /* "Three soldiers and at least eight members of an ethnic
             * armed group were killed"
             */
            _diptych_detect_member_of_forces (ctx, noun_end, last, entry->value, &noun_end);
            if (open > conj + 1 && noun_end < last && _diptych_detect_is_quote (ctx, noun_end))
              noun_end++;
            outcome = _diptych_detect_outcome_after (ctx, noun_end, last, &end, &among, &among_next);
            if (outcome >= 0)
              {
                if (among)
                  {
                    link = among_next != G_MAXUINT ? LINK_AMONG_NEXT : LINK_AMONG_THOSE;
                    link_outcome = outcome;
                  }
                break;
              }
            conj = noun_end;
          }

      /* "two men who were beaten near Beira Lake died in hospital": the
       * main verb after the relative clause says what became of them
       */
      if (outcome == DIPTYCH_OUTCOME_INJURED && head_end < last &&
          (_diptych_detect_is (ctx, head_end, "who") || _diptych_detect_is (ctx, head_end, "that")))
        for (guint k = span_last; k < last && k < span_last + 10 && !_diptych_detect_is_punct (ctx, k); k++)
          if (death_verb (ctx, k))
            {
              outcome = DIPTYCH_OUTCOME_KILLED;
              span_last = k + 1;
              break;
            }
      /* "Seven were wounded … Two of the seven died": died, whatever
       * the seven were
       */
      if (link == LINK_HEAD && head_end > q.end && death_verb (ctx, head_end - 1))
        outcome = DIPTYCH_OUTCOME_KILLED;
      if (link == LINK_OUTCOME && head_outcome < 0)
        {
          /* "Two of the wounded later succumbed": they died since; other
           * words ("waiting to be evacuated") leave them what they were
           */
          guint end = 0, unused_next;
          gboolean unused;
          gint later = _diptych_detect_outcome_after (ctx, head_end, last, &end, &unused,
                                                      &unused_next);

          if (later == DIPTYCH_OUTCOME_KILLED && later != outcome)
            {
              outcome = later;
              span_last = end;
            }
        }

      /* "evacuated 15 casualties", "12 casualties were evacuated by
       * air": the wounded moved for care, not people driven from home
       */
      if (outcome == DIPTYCH_OUTCOME_DISPLACED && head_end > q.end &&
          _diptych_detect_is (ctx, head_end - 1, "casualties"))
        outcome = DIPTYCH_OUTCOME_INJURED;
      /* "7,000 people have arrived in Adré", "40 households arrived in
       * the town", "more than 27,000 people have crossed": people who
       * arrive somewhere in a war have fled; armed men, troops and others
       * the lists do not know have not, nor have those a number estimates
       * ("The raiders, estimated at more than 100 and believed to have
       * crossed from Kenya")
       */
      if (outcome == DIPTYCH_OUTCOME_DISPLACED && span_last >= first + 2 &&
          (_diptych_detect_is (ctx, span_last - 2, "arrived") || _diptych_detect_is (ctx, span_last - 2, "arriving") ||
           _diptych_detect_is (ctx, span_last - 2, "arrive") || _diptych_detect_is (ctx, span_last - 1, "arrive") ||
           _diptych_detect_is (ctx, span_last - 2, "poured") || _diptych_detect_is (ctx, span_last - 2, "streamed") ||
           _diptych_detect_is (ctx, span_last - 1, "crossed") || _diptych_detect_is (ctx, span_last - 2, "crossed")) &&
          (unknown || estimated_of_noun (ctx, first, q.start) ||
           !(group < 0 || group == DIPTYCH_GROUP_PEOPLE || group == DIPTYCH_GROUP_CIVILIANS ||
             group == DIPTYCH_GROUP_WOMEN || group == DIPTYCH_GROUP_CHILDREN)))
        continue;
      /* "Thousands of people poured into the streets": protesters */
      if (outcome == DIPTYCH_OUTCOME_DISPLACED && span_last >= first + 2 && span_last + 1 < last &&
          (_diptych_detect_is (ctx, span_last - 2, "poured") || _diptych_detect_is (ctx, span_last - 2, "streamed")) &&
          (_diptych_detect_is (ctx, span_last, "streets") ||
           (_diptych_detect_is (ctx, span_last, "the") && _diptych_detect_is (ctx, span_last + 1, "streets"))))
        continue;
      /* "112 people had swum ashore or been picked up by fishing boats":
       * the rescued; those "picked up by the police" or "by security
       * agencies" are held
       */
      if (outcome == DIPTYCH_OUTCOME_DETAINED && span_last >= first + 2 && span_last + 1 < last &&
          _diptych_detect_is (ctx, span_last - 2, "picked") && _diptych_detect_is (ctx, span_last, "by") &&
          _diptych_detect_armed_at (ctx, span_last + 1, last) == 0 && !state_agents_at (ctx, span_last + 1, last))
        continue;
      /* "arrived in around 40 pickup trucks", "arrived at 22 shelters",
       * "hosted in 11 shelter centres": where they went
       */
      if (outcome == DIPTYCH_OUTCOME_DISPLACED && span_first < q.start &&
          (_diptych_detect_is (ctx, span_first, "arrived") || _diptych_detect_is (ctx, span_first, "arriving") ||
           _diptych_detect_is (ctx, span_first, "hosted")))
        continue;
      /* "searching for two men seen leaving the church": suspects hunted,
       * not people missing
       */
      if (outcome == DIPTYCH_OUTCOME_MISSING && head_end < last &&
          detect_figure_word (ctx, head_end, FIGURE_WORD_SUSPECT))
        continue;
      /* … and "arrested 11 men … and were searching for dozens more",
       * "had detained two dozen people … and was searching for several
       * others", "… had been taken into custody. Police were searching for
       * about 10 others", "arrested a 19-year-old suspect and were looking
       * for three others": the rest of those they would arrest; not
       * "searching for 10 to 12 people who were missing"
       */
      if (outcome == DIPTYCH_OUTCOME_MISSING && span_first + 2 <= q.start && head_end <= last &&
          (_diptych_detect_is (ctx, span_first, "searching") || _diptych_detect_is (ctx, span_first, "looking")) &&
          _diptych_detect_is (ctx, span_first + 1, "for") &&
          (_diptych_detect_is (ctx, head_end - 1, "more") || _diptych_detect_is (ctx, head_end - 1, "others")) &&
          ((ctx->figures->len > 0 &&
            g_array_index (ctx->figures, DetectItem, ctx->figures->len - 1).sentence + 1 >= sentence &&
            g_array_index (ctx->figures, DetectItem, ctx->figures->len - 1).casualty.outcome == DIPTYCH_OUTCOME_DETAINED) ||
           outcome_within (ctx, first, span_first, DIPTYCH_OUTCOME_DETAINED)))
        continue;
      /* "about 4,000 returnees arrived in the area", "4,600 returnees have
       * registered with local authorities": coming home; not "2,350
       * returnees have left their villages", driven out again
       */
      if (outcome == DIPTYCH_OUTCOME_DISPLACED && head_end > q.end && _diptych_detect_is (ctx, head_end - 1, "returnees") &&
          span_last > head_end &&
          (has_word_in (ctx, head_end, span_last, "arrived") || has_word_in (ctx, head_end, span_last, "registered")))
        continue;
      /* "26 inmates fled a prison": they escaped, no one displaced them */
      if (outcome == DIPTYCH_OUTCOME_DISPLACED && head_end > q.end &&
          (_diptych_detect_is (ctx, head_end - 1, "inmates") || _diptych_detect_is (ctx, head_end - 1, "prisoners") ||
           _diptych_detect_is (ctx, head_end - 1, "escapees") || _diptych_detect_is (ctx, head_end - 1, "convicts")))
        continue;
      /* "27 terrorists, including 9 foreigners, have been killed": a noun
       * the lists do not know, in a breakdown of the figure just before,
       * counts people of the whole's group; not "a large cache of arms,
       * including 12 Kalashnikovs"
       */
      /* … past a time or a source between: "16 people have been killed
       * since 2 May, according to the prosecutor, among them four lime
       * pickers"
       */
      if (unknown && outcome < 0 && q.start > first &&
          (n = _diptych_detect_match_before (ctx, q.start, first, LEX_BREAKDOWN, NULL)) > 0 &&
          (f = _diptych_detect_last_in_sentence (ctx, sentence)) >= 0 &&
          (g_array_index (ctx->figures, DetectItem, f).last + 1 >= q.start - n ||
           (q.start - n > first + 1 && _diptych_detect_is (ctx, q.start - n - 1, ",") &&
            q.start - n - g_array_index (ctx->figures, DetectItem, f).last < 20 &&
            !detect_key (ctx, head_end - 1)->upper)))
        {
          unknown = FALSE;
          group = -1;
        }
      if (unknown && outcome < 0)
        continue;
      /* "My brother is 60 and they beat him", "she was 34": an age */
      if (q.start >= first + 2 && head_end == q.end &&
          (_diptych_detect_is (ctx, q.start - 1, "is") || _diptych_detect_is (ctx, q.start - 1, "was")) &&
          (detect_figure_word (ctx, q.start - 2, FIGURE_WORD_KIN) || detect_figure_word (ctx, q.start - 2, FIGURE_WORD_PERSON) ||
           _diptych_detect_is (ctx, q.start - 2, "he") || _diptych_detect_is (ctx, q.start - 2, "she")))
        continue;
      /* "Two of those seven died": the whole, counted before */
      if (q.start >= first + 3 && _diptych_detect_is (ctx, q.start - 2, "of") &&
          (_diptych_detect_is (ctx, q.start - 1, "those") || _diptych_detect_is (ctx, q.start - 1, "these")) &&
          detect_key (ctx, q.start - 3)->quantity)
        continue;
      /* "several strikes on fleeing columns": events, not people */
      if (unknown && detect_in (ctx, head_end - 1, LEX_SOURCE_NOUN) &&
          detect_value (ctx, head_end - 1, LEX_SOURCE_NOUN) == SOURCE_NOUN_EVENT)
        continue;
      /* "residents of three barangays – about 640 families – fled": the
       * number counts the places the people named before it are from
       */
      if (unknown && q.start > first + 1 && _diptych_detect_is (ctx, q.start - 1, "of") &&
          detect_in (ctx, q.start - 2, LEX_GROUP))
        continue;
      /* "captured 12 vehicles", "lost 12 armoured vehicles": verbs of
       * things too, and a noun the lists do not know may be a thing
       */
      /* "hit a market and two monasteries where displaced people were
       * sheltering": places, whose clause tells of others
       */
      if (unknown && head_end < last && _diptych_detect_is (ctx, head_end, "where"))
        continue;
      if (unknown && (_diptych_detect_verb_of_things (ctx, span_first, q.start) ||
                      _diptych_detect_verb_of_things (ctx, head_end, span_last)))
        continue;
      /* "Chad hosts more than 1.2 million refugees", "the site, which
       * hosts approximately 1,400 people": people a place takes in have
       * left their homes
       */
      if (outcome < 0 && link == LINK_NONE && group >= 0 && group != DIPTYCH_GROUP_OTHER && !unknown &&
          q.start > first &&
          detect_figure_word (ctx, q.start - 1, FIGURE_WORD_HOST) &&
          /* not "Libya hosts more than 800,000 migrants", who came to work */
          !(head_end > q.end && _diptych_detect_is (ctx, head_end - 1, "migrants")))
        {
          outcome = DIPTYCH_OUTCOME_DISPLACED;
          span_first = q.start - 1;
        }
      if (outcome < 0 &&
          (outcome = _diptych_detect_toll_before (ctx, q.start, first, &toll_start)) >= 0)
        {
          span_first = toll_start;
          toll = TRUE;
          /* "the agency's count stood at 61,000 refugees": a toll of
           * refugees, whose words name no outcome, counts the displaced
           */
          if (head_end > q.end && _diptych_detect_is (ctx, head_end - 1, "refugees"))
            {
              guint k;

              for (k = toll_start;
                   k < q.start && _diptych_detect_match_outcome (ctx, k, &n) < 0; k++)
                ;
              if (k == q.start)
                outcome = DIPTYCH_OUTCOME_DISPLACED;
            }
          /* "the toll among civilians at 17", "the number of children
           * killed to 12": the group the toll counts
           */
          for (guint k = toll_start; group < 0 && k < q.start; k++)
            {
              const DetectEntry *entry = NULL;

              /* "the overall death toll, including civilians, stood at
               * 73": a part the toll holds, not whom it counts
               */
              if (_diptych_detect_is (ctx, k, "including"))
                break;

              if (_diptych_detect_match (ctx, k, LEX_GROUP, &entry) > 0 && !detect_in (ctx, k, LEX_OUTCOME))
                group = entry->value;
            }
        }

      /* "Of the 41 civilians, nine were women", "that of the 23 killed,
       * 15 died": the figure that heads the clause
       */
      if (link == LINK_NONE && before > first + 1 && _diptych_detect_is (ctx, before - 1, ",") &&
          (f = _diptych_detect_last_in_sentence (ctx, sentence)) >= 0 &&
          g_array_index (ctx->figures, DetectItem, f).last == before - 1 &&
          _diptych_detect_heads_clause (ctx, first,
                                        g_array_index (ctx->figures, DetectItem, f).first))
        {
          link = LINK_HEAD;
          head = f;
          if (outcome < 0)
            outcome = g_array_index (ctx->figures, DetectItem, f).casualty.outcome;
        }
      /* A breakdown or a figure joined to the one before */
      if (link == LINK_NONE && before > first)
        {
          guint bn = _diptych_detect_match_before (ctx, before, first, LEX_BREAKDOWN, NULL), on;

          /* "Among them are nearly 2,000 children" */
          if (bn == 0 && before > first + 2 && _diptych_detect_is_verb_of_be (ctx, before - 1) &&
              _diptych_detect_is (ctx, before - 2, "them") &&
              _diptych_detect_match_before (ctx, before - 1, first, LEX_BREAKDOWN, NULL) == 2)
            bn = 3;
          const DetectEntry *said_of = NULL;

          /* "the dead included four civilians": a part of the last
           * figure of that outcome
           */
          guint ob = before - bn;

          /* "the dead also included seven civilians" */
          if (bn > 0 && ob > first + 1 && detect_in (ctx, ob - 1, LEX_SKIP))
            ob--;
          if (bn > 0 && ob > first + 1 &&
              (on = _diptych_detect_match_before (ctx, ob, first, LEX_OUTCOME, &said_of)) > 0 &&
              ob - on > first && _diptych_detect_is (ctx, ob - on - 1, "the") &&
              said_of->value != DIPTYCH_OUTCOME_DISPLACED)
            {
              link = LINK_OUTCOME;
              link_outcome = said_of->value;
              if (outcome < 0)
                outcome = link_outcome;
            }
          else if (bn > 0 && !_diptych_detect_breaks_down_other (ctx, sentence, first, before - bn))
            link = LINK_BREAKDOWN;
          /* "Eleven villagers were killed in Nguida alone: nine were killed
           * outright and two died later": the figures after a colon break
           * down the one before it in the sentence
           */
          /* … and after a dash just past the figure: "put the toll at 11
           * — seven civilians and four local fighters"
           */
          else if ((_diptych_detect_is (ctx, before - 1, ":") ||
                    (_diptych_detect_is_dash (ctx, before - 1) &&
                     (f = _diptych_detect_last_in_sentence (ctx, sentence)) >= 0 &&
                     (g_array_index (ctx->figures, DetectItem, f).last == before - 1 ||
                      /* … "19 people were killed that night — 11 men, …" */
                      when_or_where_only (ctx, g_array_index (ctx->figures, DetectItem, f).last, before - 1)) &&
                     /* not the same people counted again: "4,500
                      * residents – roughly 750 families"
                      */
                     !_diptych_detect_is (ctx, head_end - 1, "families") &&
                     !_diptych_detect_is (ctx, head_end - 1, "households"))) &&
                   _diptych_detect_last_in_sentence (ctx, sentence) >= 0 &&
                   !_diptych_detect_breaks_down_other (ctx, sentence, first, before - 1))
            {
              link = LINK_BREAKDOWN;
              colon = TRUE;
            }
          else if (remaining)
            link = LINK_PREVIOUS;
          /* "received 27 bodies since Thursday and the National Hospital
           * 19": a figure whose verb and noun are those of the one before
           */
          else if (group < 0 && (q.end >= last || _diptych_detect_is_punct (ctx, q.end)) &&
                   (conj = _diptych_detect_gapped_and (ctx, first, before)) > first &&
                   _diptych_detect_last_in_sentence (ctx, sentence) >= 0 &&
                   !_diptych_detect_breaks_down_other (ctx, sentence, first, conj) &&
                   !_diptych_detect_apart_from_last (ctx, sentence, conj))
            link = LINK_COORDINATE;
          /* "Macina town hosts 4,100 people in three sites, Kokry 2,600 and
           * Kolongo 1,700": each place's count after the first with the
           * verb left out
           */
          else if (group < 0 && gapped_after_name (ctx, sentence, first, before, q.end, last))
            link = LINK_COORDINATE;
          /* "among them a paramedic and two police officers", "among them
           * an opposition MP, three journalists and …"
           */
          else if ((_diptych_detect_is (ctx, before - 1, "and") || one_listed_before (ctx, first, before - 1)) &&
                   _diptych_detect_breakdown_before (ctx, first, before - 1) &&
                   !_diptych_detect_breaks_down_other (ctx, sentence, first, before - 1))
            link = LINK_BREAKDOWN;
          /* "and two or three others" joins the number before it: not a
           * figure when that one is a count of something else
           */
          else if ((_diptych_detect_is (ctx, before - 1, "and") || _diptych_detect_is (ctx, before - 1, "or") ||
                    _diptych_detect_is (ctx, before - 1, ",") ||
                    /* "claimed that only four of those killed were its
                     * members and that the other five were villagers"
                     */
                    (before > first + 1 && _diptych_detect_is (ctx, before - 1, "that") &&
                     _diptych_detect_is (ctx, before - 2, "and")) ||
                    /* "41 were troops, while 27 were jihadists" */
                    (before > first + 1 && _diptych_detect_is (ctx, before - 2, ",") &&
                     (_diptych_detect_is (ctx, before - 1, "while") || _diptych_detect_is (ctx, before - 1, "whereas")))) &&
                   _diptych_detect_last_in_sentence (ctx, sentence) >= 0 &&
                   !_diptych_detect_breaks_down_other (ctx, sentence, first, before - 1) &&
                   !_diptych_detect_apart_from_last (ctx, sentence, before - 1) &&
                   !acts_on_others (ctx, head_end, last) &&
                   !(_diptych_detect_is (ctx, before - 1, "that") && other_verb_after (ctx, head_end, last)))
            link = LINK_COORDINATE;
          /* "five former fighters who had laid down their arms, as well as
           * several children"; "two civilians were among the injured,
           * along with seven officers"
           */
          else if ((conj = joined_also (ctx, first, before)) > 0 &&
                   _diptych_detect_last_in_sentence (ctx, sentence) >= 0 &&
                   !_diptych_detect_breaks_down_other (ctx, sentence, first, conj) &&
                   !_diptych_detect_apart_from_last (ctx, sentence, conj))
            link = LINK_COORDINATE;
          /* "427 bodies in six days, compared with about 50", "up from 12" */
          else if (outcome < 0 && before > first + 1 &&
                   _diptych_detect_last_in_sentence (ctx, sentence) >= 0 &&
                   ((_diptych_detect_is (ctx, before - 2, "compared") &&
                     (_diptych_detect_is (ctx, before - 1, "with") || _diptych_detect_is (ctx, before - 1, "to"))) ||
                    changed_from (ctx, first, before)))
            {
              link = LINK_COORDINATE;
              compared = TRUE;
            }
          /* "two sons were rounded up with scores of other men", "killed
           * along with 12 civilians": as the figure just before
           */
          /* "lost three soldiers, with another five wounded": the others
           * are of the group before
           */
          else if (group < 0 && !unknown && _diptych_detect_is (ctx, before - 1, "with") &&
                   (_diptych_detect_is (ctx, before, "another") || _diptych_detect_is (ctx, before + 1, "further") ||
                    _diptych_detect_is (ctx, before + 1, "additional")) &&
                   _diptych_detect_last_in_sentence (ctx, sentence) >= 0)
            link = LINK_COORDINATE;
          else if (group >= 0 && !unknown && _diptych_detect_is (ctx, before - 1, "with") &&
                   (f = _diptych_detect_last_in_sentence (ctx, sentence)) >= 0 &&
                   (g_array_index (ctx->figures, DetectItem, f).last == before - 1 ||
                    (g_array_index (ctx->figures, DetectItem, f).last == before - 2 &&
                     (_diptych_detect_is (ctx, before - 2, "along") || _diptych_detect_is (ctx, before - 2, "together")))))
            link = LINK_COORDINATE;
          /* … "The blast killed a policeman and two others" */
          else if (outcome < 0 && (group >= 0 || (others && head_end == q.end + 1)) &&
                   _diptych_detect_is (ctx, before - 1, "and"))
            outcome = _diptych_detect_object_of_outcome (ctx, first, before - 1, last);
          /* … "killing its mayor, four police officers and at least six
           * civilians": the second of a list the verb's object opens
           */
          else if (outcome < 0 && group >= 0 && _diptych_detect_is (ctx, before - 1, ",") && head_end + 1 < last &&
                   _diptych_detect_is (ctx, head_end, "and"))
            outcome = _diptych_detect_object_of_outcome (ctx, first, before - 1, last);
          /* … "killed my nephew and two of his friends", "They took him
           * and four of his friends"
           */
          else if (outcome < 0 && group < 0 && head_end == q.end && q.end + 2 < last &&
                   _diptych_detect_is (ctx, q.end, "of") && detect_is_possessive_determiner (ctx, q.end + 1) &&
                   _diptych_detect_is_plural_noun (ctx, q.end + 2) && _diptych_detect_is (ctx, before - 1, "and") &&
                   ((outcome = _diptych_detect_object_of_outcome (ctx, first, before - 1, last)) >= 0 ||
                    (taken_before (ctx, first, before) && (outcome = DIPTYCH_OUTCOME_DETAINED) >= 0)))
            head_end = span_last = q.end + 3;
        }
      /* "The wounded – a sergeant and two privates – were evacuated": a
       * list in dashes after the people the outcome word names
       */
      if (link == LINK_NONE && (link_outcome = outcome_before_dash_list (ctx, first, q.start)) >= 0)
        {
          link = LINK_OUTCOME;
          outcome = link_outcome;
        }
      /* "Seven people died, five from gunshot wounds and two from
       * burns", "Twelve were killed, nine of them from gunshot wounds":
       * parts of the dead, with what they died from
       */
      if (outcome == DIPTYCH_OUTCOME_INJURED && head_end + 1 < last && _diptych_detect_is (ctx, head_end, "from") &&
          !outcome_within (ctx, q.start, head_end, -1) && (f = _diptych_detect_last_in_sentence (ctx, sentence)) >= 0 &&
          g_array_index (ctx->figures, DetectItem, f).casualty.outcome == DIPTYCH_OUTCOME_KILLED &&
          (link == LINK_PREVIOUS || link == LINK_BREAKDOWN || link == LINK_COORDINATE ||
           (link == LINK_NONE && group < 0 && head_end == q.end && before > first &&
            _diptych_detect_is (ctx, before - 1, ",") && g_array_index (ctx->figures, DetectItem, f).last + 1 == before - 1)))
        {
          outcome = DIPTYCH_OUTCOME_KILLED;
          if (link == LINK_NONE)
            {
              link = LINK_BREAKDOWN;
              colon = TRUE;  /* as after a colon: of the figure just before */
            }
        }
      /* "Of those, 48 were children", "Of the injured, 18 were children",
       * and in a quote: "“Of the displaced, 402 are children"
       */
      of = first < before && _diptych_detect_is_quote (ctx, first) ? first + 1 : first;
      if (link == LINK_NONE && before > of && _diptych_detect_is (ctx, before - 1, ",") &&
          _diptych_detect_is (ctx, of, "of"))
        {
          const DetectEntry *noun_of_whole = NULL;

          /* … "Of those abducted, 23 were children" */
          if ((link_outcome = _diptych_detect_match_outcome (ctx, of + 2, &n)) >= 0 &&
              (_diptych_detect_is (ctx, of + 1, "the") || _diptych_detect_is (ctx, of + 1, "those")))
            {
              link = LINK_OUTCOME;
              /* … "Of the injured officers, four are in a serious
               * condition": whom the whole counts, the part counts too
               */
              if (group < 0 && of + 2 + n < before &&
                  _diptych_detect_match (ctx, of + 2 + n, LEX_GROUP, &noun_of_whole) > 0 &&
                  of + 2 + n + noun_of_whole->n_words + 1 == before)
                group = noun_of_whole->value;
            }
          /* "Of the civilians killed, nine were women", "Of the children
           * taken, 29 were boys": "taken" alone says they were taken by
           * force only there
           */
          else if (_diptych_detect_is (ctx, of + 1, "the") &&
                   _diptych_detect_match (ctx, of + 2, LEX_GROUP, &noun_of_whole) > 0)
            {
              guint verb = of + 2 + noun_of_whole->n_words;

              if (verb + 2 == before && _diptych_detect_is (ctx, verb, "taken"))
                {
                  link_outcome = DIPTYCH_OUTCOME_DETAINED;
                  link = LINK_OUTCOME;
                }
              else if ((link_outcome = _diptych_detect_match_outcome (ctx, verb, &n)) >= 0 && verb + n + 1 == before)
                link = LINK_OUTCOME;
              /* "Of the patients we received, 21 were women": who some
               * of those the figure before counts were
               */
              else if (predicate && before <= verb + 5 && words_only (ctx, verb, before - 1))
                link = LINK_PREVIOUS;
            }
          else if (_diptych_detect_is (ctx, of + 1, "those") || _diptych_detect_is (ctx, of + 1, "them") ||
                   _diptych_detect_is (ctx, of + 1, "these"))
            link = LINK_PREVIOUS;
          if (link != LINK_NONE)
            span_first = of;
          /* … "Of the dead, four were bystanders hit by stray bullets":
           * how the dead were hurt, not a second fate
           */
          if (link == LINK_OUTCOME &&
              (outcome < 0 || (link_outcome == DIPTYCH_OUTCOME_KILLED && outcome == DIPTYCH_OUTCOME_INJURED)))
            outcome = link_outcome;
        }
      /* "the body of one of the abducted men was found": a body is the
       * dead's, whatever befell them before
       */
      if (link == LINK_OUTCOME && link_outcome != DIPTYCH_OUTCOME_KILLED && before >= first + 2 &&
          _diptych_detect_is (ctx, before - 1, "of") &&
          (_diptych_detect_is (ctx, before - 2, "body") || _diptych_detect_is (ctx, before - 2, "bodies")))
        outcome = DIPTYCH_OUTCOME_KILLED;
      /* "Most of the wounded had gunshot wounds. Nineteen were children":
       * a sentence that opens with a part of the people the sentence
       * before names
       */
      if (link == LINK_NONE && outcome < 0 && predicate && before == first &&
          (link_outcome = outcome_named_before (ctx, sentence - ctx->sentence_base)) >= 0)
        {
          link = LINK_OUTCOME;
          outcome = link_outcome;
        }
      /* "… have received 47 wounded people. Twenty-two are children
       * under 15": a sentence that opens with how many of them were who,
       * after a sentence that ends with a figure
       */
      if (link == LINK_NONE && outcome < 0 && predicate && before == first &&
          follows_figure (ctx, sentence - ctx->sentence_base, sentence))
        {
          _diptych_detect_read_structure (ctx, readings, &q, item);
          if (holds_part (ctx, ctx->figures->len - 1, MAX (item->casualty.value, item->casualty.low)))
            link = LINK_PREVIOUS;
        }
      /* "… received 37 wounded people. Eleven had to be carried to a
       * field hospital", "Six were later flown to Peshawar": a bare count
       * opens the sentence after the hurt are counted, and says where they
       * were taken
       */
      if (link == LINK_NONE && outcome < 0 && group < 0 && !predicate && head_end == q.end && !q.vague &&
          before == first && carried_on (ctx, q.end, last) &&
          follows_figure (ctx, sentence - ctx->sentence_base, sentence) &&
          g_array_index (ctx->figures, DetectItem, ctx->figures->len - 1).casualty.outcome == DIPTYCH_OUTCOME_INJURED)
        {
          _diptych_detect_read_structure (ctx, readings, &q, item);
          if (holds_part (ctx, ctx->figures->len - 1, MAX (item->casualty.value, item->casualty.low)) ||
              g_array_index (ctx->figures, DetectItem, ctx->figures->len - 1).parent >= 0)
            {
              link = LINK_PREVIOUS;
              outcome = DIPTYCH_OUTCOME_INJURED;
            }
        }
      /* "Soldiers detained at least 60 men … Seventeen were released by
       * evening", "abducted 23 people; 11 have since been released": a
       * bare count of those let go opens its clause, a part of the
       * detained counted just before (as 63 of the 97 such parts are
       * labelled)
       */
      if (link == LINK_NONE && outcome < 0 && group < 0 && head_end == q.end && !q.vague && ctx->figures->len > 0 &&
          (before == first || _diptych_detect_is (ctx, before - 1, ";")) && released_part (ctx, q.end, last))
        {
          const DetectItem *held = &g_array_index (ctx->figures, DetectItem, ctx->figures->len - 1);

          _diptych_detect_read_structure (ctx, readings, &q, item);
          if (held->casualty.outcome == DIPTYCH_OUTCOME_DETAINED &&
              (held->sentence == sentence || follows_figure (ctx, sentence - ctx->sentence_base, sentence)) &&
              holds_part (ctx, ctx->figures->len - 1, MAX (item->casualty.value, item->casualty.low)))
            link = LINK_PREVIOUS;
        }
      /* "four of the dead were CNL members and the other two belonged to
       * the youth league": the rest of the whole a part just before
       * breaks down (24 labelled of 25)
       */
      if ((link == LINK_NONE || link == LINK_COORDINATE) && outcome < 0 && q.start >= first + 2 &&
          _diptych_detect_is (ctx, q.start - 1, "other") &&
          _diptych_detect_is (ctx, q.start - 2, "the") && !q.vague &&
          (f = _diptych_detect_last_in_sentence (ctx, sentence)) >= 0 &&
          g_array_index (ctx->figures, DetectItem, f).parent >= 0)
        {
          _diptych_detect_read_structure (ctx, readings, &q, item);
          if (holds_part (ctx, g_array_index (ctx->figures, DetectItem, f).parent,
                          MAX (item->casualty.value, item->casualty.low)))
            {
              link = LINK_COORDINATE;
              rest_of_whole = TRUE;
              span_first = q.start - 2;
            }
        }
      /* "his brother was among the 47 named by the coalition": the figure
       * of that number before, named again
       */
      if (outcome < 0 && link == LINK_NONE && group < 0 && head_end == q.end &&
          (f = _diptych_detect_repeat_of (ctx, &q, first)) >= 0)
        {
          outcome = g_array_index (ctx->figures, DetectItem, f).casualty.outcome;
          if (!g_array_index (ctx->figures, DetectItem, f).no_group)
            group = g_array_index (ctx->figures, DetectItem, f).casualty.group;
        }
      /* "the names of 47 victims": those the article counts, as the
       * figure before them
       */
      if (outcome < 0 && link == LINK_NONE && head_end > q.end && _diptych_detect_is (ctx, head_end - 1, "victims"))
        outcome = _diptych_detect_outcome_before (ctx);
      /* The group's noun, which a partitive may name again */
      noun = group >= 0 && head_end > q.end && (detect_key (ctx, head_end - 1)->last_of & (1u << LEX_GROUP)) != 0
               ? detect_key (ctx, head_end - 1)->word_id : DETECT_NO_WORD_ID;
      /* "the 41 civilians", "Besides the 11 guards": a figure named
       * again, nearby or by its own noun; not "The two neighbours have
       * fought two wars" a page after "two other civilians were wounded"
       */
      if (outcome < 0 && link == LINK_NONE && group >= 0 && before > first &&
          _diptych_detect_is (ctx, before - 1, "the"))
        {
          _diptych_detect_read_structure (ctx, readings, &q, item);
          if ((head = _diptych_detect_repeated_figure (ctx, item->casualty.value, group)) >= 0 &&
              (g_array_index (ctx->figures, DetectItem, head).sentence + REPEAT_NEAR >= sentence ||
               g_array_index (ctx->figures, DetectItem, head).head == 0 || noun == DETECT_NO_WORD_ID ||
               g_array_index (ctx->figures, DetectItem, head).head == noun + 1))
            {
              link = LINK_REPEAT;
              outcome = g_array_index (ctx->figures, DetectItem, head).casualty.outcome;
              span_first = before - 1;
            }
        }
      /* "detained nine suspects … three of the suspects were Somali
       * nationals": a part of the figure of that noun
       */
      if (outcome < 0 && link == LINK_NONE && partitive && noun != DETECT_NO_WORD_ID)
        {
          _diptych_detect_read_structure (ctx, readings, &q, item);
          if ((head = _diptych_detect_figure_of_noun (ctx, noun,
                                                      MAX (item->casualty.value,
                                                           item->casualty.low))) >= 0)
            {
              link = LINK_HEAD;
              outcome = g_array_index (ctx->figures, DetectItem, head).casualty.outcome;
            }
        }
      /* "Ed Dueim town: 8,100 people, …" or "• 4,310 people in host
       * families in Marmelade;" on a line of a list under "… 14,300 people
       * have arrived in the following locations:"
       */
      /* … and "Bimasa: 2,100 people sheltering in a mosque compound", a
       * line that says the list's outcome again
       */
      if ((outcome < 0 || outcome == DIPTYCH_OUTCOME_DISPLACED) && link == LINK_NONE &&
          opens_list_line (ctx, first, q.start))
        {
          _diptych_detect_read_structure (ctx, readings, &q, item);
          part = MAX (item->casualty.value, item->casualty.low);
          if ((head = listed_under (ctx, sentence, sentence - ctx->sentence_base, part)) >= 0 &&
              holds_part (ctx, head, part) &&
              (outcome < 0 || (gint)g_array_index (ctx->figures, DetectItem, head).casualty.outcome == outcome))
            {
              link = LINK_HEAD;
              outcome = g_array_index (ctx->figures, DetectItem, head).casualty.outcome;
            }
          /* … or a list under a heading that says what befell them and
           * counts no one: "Injured people treated, by facility (as of 23
           * July):", then "• Rangpur Medical College Hospital: 412"
           */
          else if (outcome < 0 && head < 0)
            outcome = list_heading_outcome (ctx, sentence, sentence - ctx->sentence_base);
        }
      /* "An estimated 9,000 people had already fled … Hundreds more left
       * on Friday", "up to 300 more are arriving every day": more of the
       * displaced counted just before
       */
      if (outcome < 0 && link == LINK_NONE && more && head_end == q.end + 1 && arriving_or_leaving (ctx, head_end, last))
        {
          _diptych_detect_read_structure (ctx, readings, &q, item);
          if ((f = _diptych_detect_last_total (ctx, DIPTYCH_OUTCOME_DISPLACED, 0,
                                               MAX (item->casualty.value, item->casualty.low), -1)) >= 0 &&
              g_array_index (ctx->figures, DetectItem, f).sentence + 3 >= sentence)
            outcome = DIPTYCH_OUTCOME_DISPLACED;
        }
      /* "1,120 people (352 families)": the figure just before, counted
       * again in other units
       */
      if (outcome < 0 && link == LINK_NONE && q.start > first && _diptych_detect_is (ctx, q.start - 1, "(") &&
          (f = _diptych_detect_last_in_sentence (ctx, sentence)) >= 0 &&
          g_array_index (ctx->figures, DetectItem, f).last == q.start - 1)
        outcome = g_array_index (ctx->figures, DetectItem, f).casualty.outcome;
      /* "… at four locations: the Kopiago mission (about 1,900), Yakeni
       * school (1,100)", "… Baragoi Primary School, about 3,100 people;
       * …": a part of the displaced counted before the list
       */
      if (outcome < 0 && link == LINK_NONE && head_end < last && q.start > first &&
          (_diptych_detect_is (ctx, q.start - 1, "(") || _diptych_detect_is (ctx, q.start - 1, ",") ||
           _diptych_detect_is (ctx, q.start - 1, ":") || _diptych_detect_is (ctx, q.start - 1, "and")) &&
          (head_end == q.end || group == DIPTYCH_GROUP_PEOPLE))
        {
          _diptych_detect_read_structure (ctx, readings, &q, item);
          if ((head = site_count_of (ctx, sentence, first, &q, head_end,
                                     MAX (item->casualty.value, item->casualty.low))) >= 0)
            {
              link = LINK_HEAD;
              outcome = DIPTYCH_OUTCOME_DISPLACED;
            }
        }
      /* "… show approximately 2,100 people at Kaimugul Primary School,
       * 1,450 at Chepyuk Secondary School …": a list of sites with no
       * colon, of the displaced counted a sentence or two before or under
       * a heading of displacement
       */
      if (outcome < 0 && link == LINK_NONE && noun_outcome < 0 && in_site_list (ctx, first, last, &q, &listed_sum))
        {
          gboolean sited = TRUE;

          /* "Approximately 3,800 are staying in Nikki town, including
           * 1,450 at …": of the displaced counted in the sentence
           */
          if ((f = _diptych_detect_last_in_sentence (ctx, sentence)) >= 0 &&
              g_array_index (ctx->figures, DetectItem, f).casualty.outcome == DIPTYCH_OUTCOME_DISPLACED &&
              g_array_index (ctx->figures, DetectItem, f).last <= q.start && holds_part (ctx, f, listed_sum - 1))
            head = f;
          else if (sentence == ctx->sentence_base && ctx->ahead)
            {
              sited = FALSE;
              ctx->needs_before = TRUE;
            }
          else if ((head = _diptych_detect_last_total (ctx, DIPTYCH_OUTCOME_DISPLACED, sentence >= 2 ? sentence - 2 : 0,
                                                       listed_sum - 1, -1)) < 0)
            {
              sited = under_displacement_heading (ctx, sentence);
              if (sited)
                head = _diptych_detect_last_total (ctx, DIPTYCH_OUTCOME_DISPLACED, 0, listed_sum - 1, -1);
            }
          if (sited)
            {
              link = head >= 0 ? LINK_HEAD : LINK_NONE;
              outcome = DIPTYCH_OUTCOME_DISPLACED;
              _diptych_detect_read_structure (ctx, readings, &q, item);
            }
        }
      /* No outcome, and no figure to take one from: a count of things,
       * unless the noun names the displaced ("some 1.2 million refugees")
       */
      if (outcome < 0 && link == LINK_NONE && noun_outcome < 0)
        continue;
      /* "Five militants were killed, two soldiers said": those who say it;
       * "… killed, while 4,000 boys have been recruited": a clause of
       * their own
       */
      /* … but not a participle that describes them: "among them four
       * women and six teenagers recruited by force"
       */
      if (outcome < 0 && link == LINK_COORDINATE && !compared && !rest_of_whole && head_end < last &&
          (detect_in (ctx, head_end, LEX_REPORTING) ||
           (has_own_verb (ctx, head_end, last) &&
            !(detect_ends_with (ctx, head_end, "ed") && _diptych_detect_is (ctx, head_end + 1, "by")))))
        continue;

      /* "treated more than 1,100 patients, mostly for diarrhoea": the
       * sick, not the hurt; but "treated 40 people for gunshot wounds"
       */
      if (outcome == DIPTYCH_OUTCOME_INJURED && span_first < q.start &&
          (_diptych_detect_is (ctx, span_first, "treated") || _diptych_detect_is (ctx, span_first, "treating")) &&
          treated_for_illness (ctx, head_end, last))
        continue;
      /* … "at least 40 were being treated for severe malnutrition" */
      if (outcome == DIPTYCH_OUTCOME_INJURED && span_last >= q.end + 2 && _diptych_detect_is (ctx, span_last - 1, "for") &&
          _diptych_detect_is (ctx, span_last - 2, "treated") && treated_for_illness (ctx, span_last - 1, last))
        continue;
      /* "pursuing around 20 armed men who fled towards the mountains",
       * "soldiers fled their posts": armed men who flee are not the
       * displaced (no label set counts them so)
       */
      if (outcome == DIPTYCH_OUTCOME_DISPLACED &&
          (group == DIPTYCH_GROUP_FIGHTERS || group == DIPTYCH_GROUP_SOLDIERS ||
           (head_end > q.end + 1 && _diptych_detect_is (ctx, head_end - 2, "armed")) ||
           /* "neutralised 34 of the attackers …, while dozens of others
            * fled": the others of armed men
            */
           (others && group < 0 && armed_counted_in (ctx, sentence)) ||
           /* … "the attackers – between 20 and 25 men armed with
            * automatic rifles – had escaped": armed men counted in an aside
            */
           (span_first >= first + 3 && (_diptych_detect_is_dash (ctx, span_first - 1) || _diptych_detect_is (ctx, span_first - 1, ",")) &&
            detect_in (ctx, span_first - 2, LEX_GROUP) &&
            detect_value (ctx, span_first - 2, LEX_GROUP) == DIPTYCH_GROUP_FIGHTERS)))
        continue;
      /* "more than 900 have fallen ill": sick, not dead */
      if (outcome == DIPTYCH_OUTCOME_KILLED && span_last + 1 < last && span_last > q.end &&
          _diptych_detect_is (ctx, span_last - 1, "fallen") &&
          (_diptych_detect_is (ctx, span_last, "ill") || _diptych_detect_is (ctx, span_last, "sick")))
        continue;
      /* "Medical supplies for 500 trauma cases", "kits to treat 100
       * patients": what the help can serve
       */
      if (q.start >= first + 2 && span_first == q.start &&
          (_diptych_detect_is (ctx, q.start - 1, "for") || _diptych_detect_is (ctx, q.start - 1, "treat")) &&
          (_diptych_detect_is (ctx, q.start - 2, "enough") || _diptych_detect_is (ctx, q.start - 2, "to") ||
           supplies_before (ctx, first, q.start - 1)))
        continue;
      /* "a Form Three student", "a Grade 7 pupil": a year of school */
      if (q.start > first && q.end == q.start + 1 && detect_key (ctx, q.start - 1)->upper &&
          (_diptych_detect_is (ctx, q.start - 1, "form") || _diptych_detect_is (ctx, q.start - 1, "grade") ||
           _diptych_detect_is (ctx, q.start - 1, "class") || _diptych_detect_is (ctx, q.start - 1, "standard") ||
           _diptych_detect_is (ctx, q.start - 1, "year") || _diptych_detect_is (ctx, q.start - 1, "primary")))
        continue;
      /* "hanged 12 banners": things hang; people are hanged */
      if (outcome == DIPTYCH_OUTCOME_KILLED && unknown && span_first < q.start && _diptych_detect_is (ctx, span_first, "hanged"))
        continue;
      /* "three civilians … were struck by stray bullets and died on the
       * spot": the clause goes on to say they died
       */
      if (outcome == DIPTYCH_OUTCOME_INJURED && died_after (ctx, MAX (span_last, head_end), last))
        outcome = DIPTYCH_OUTCOME_KILLED;
      /* "23 humanitarian staff were temporarily relocated", "relocated 26
       * non-essential staff": workers their employer moves are not
       * displaced
       */
      if (outcome == DIPTYCH_OUTCOME_DISPLACED && group == DIPTYCH_GROUP_OTHER &&
          staff_moved (ctx, span_first, MAX (span_last, head_end)))
        continue;
      /* … nor are "60 patients were moved to a monastery" (but "staff
       * evacuated 45 other patients to a church" fled the fighting)
       */
      if (outcome == DIPTYCH_OUTCOME_DISPLACED && head_end > q.end && _diptych_detect_is (ctx, head_end - 1, "patients") &&
          (has_word_in (ctx, head_end, MAX (span_last, head_end), "moved") ||
           has_word_in (ctx, head_end, MAX (span_last, head_end), "transferred")))
        continue;
      /* "offering counselling to 27 survivors and to the families of the
       * dead": those who survived did not die
       */
      if (outcome == DIPTYCH_OUTCOME_KILLED && head_end > q.end && _diptych_detect_is (ctx, head_end - 1, "survivors"))
        continue;
      /* "the raiders numbered about 60": how many attacked */
      if (q.start >= first + 2 &&
          (_diptych_detect_is (ctx, q.start - 1, "numbered") || _diptych_detect_is (ctx, q.start - 1, "numbering")) &&
          detect_in (ctx, q.start - 2, LEX_GROUP) && detect_value (ctx, q.start - 2, LEX_GROUP) == DIPTYCH_GROUP_FIGHTERS)
        continue;
      /* "The search for the remaining one or two terrorists": attackers
       * at large, not casualties; but "the search for 12 missing miners"
       */
      if (group == DIPTYCH_GROUP_FIGHTERS && hunted (ctx, first, q.start))
        continue;
      /* "another 20 to 30 suspects were being hunted": still at large */
      if (head_end > q.end && hunted_after (ctx, head_end, last))
        continue;
      /* "…,” one doctor, who asked not to be named, told the BBC": who
       * speaks is no figure
       */
      if (head_end > q.end &&
          (detect_in (ctx, head_end - 1, LEX_SOURCE_TYPE) ||
           (detect_in (ctx, head_end - 1, LEX_SOURCE_NOUN) &&
            detect_value (ctx, head_end - 1, LEX_SOURCE_NOUN) == SOURCE_NOUN_PERSON)) &&
          speaks_at (ctx, head_end, last))
        continue;

      /* "including nine relatives of those killed", "About 300 relatives
       * and neighbours of the abducted": the kin, not the dead
       */
      if (!predicate && kin_of_others (ctx, q.end, last))
        continue;
      /* "Newly arrived IDPs, 85 of whom were interviewed by protection
       * monitors": those spoken to, no count of what befell them
       */
      if (link == LINK_PREVIOUS && head_end + 1 < last &&
          (_diptych_detect_is (ctx, head_end, "were") || _diptych_detect_is (ctx, head_end, "had")) &&
          (_diptych_detect_is (ctx, head_end + 1, "interviewed") || _diptych_detect_is (ctx, head_end + 1, "surveyed") ||
           (head_end + 2 < last && _diptych_detect_is (ctx, head_end + 1, "been") &&
            _diptych_detect_is (ctx, head_end + 2, "interviewed"))))
        continue;
      /* "… the officials said. One of them said the attackers also
       * seized four trucks": one who speaks, no figure
       */
      if (link == LINK_PREVIOUS && head_end == q.end + 2 && _diptych_detect_is (ctx, q.end + 1, "them") &&
          head_end < last && detect_in (ctx, head_end, LEX_REPORTING) && !detect_key (ctx, head_end)->upper &&
          !_diptych_detect_is (ctx, head_end, "admitted") &&
          speaks_at (ctx, head_end, last) && (head_end + 1 >= last || _diptych_detect_match_outcome (ctx, head_end + 1, &n) < 0))
        continue;
      /* "four suspected supporters of the group", "10-12 suspected
       * facilitators": suspects whom no noun of the lists names are
       * people (the sets split on "suspected gang members")
       */
      if (group == DIPTYCH_GROUP_OTHER && head_end > q.end + 1 && suspected_before (ctx, q.end, head_end - 1))
        group = DIPTYCH_GROUP_PEOPLE;
      /* "soldiers had repelled the attack, killing about 30 terrorists
       * and losing four of their own": the subject's own
       */
      if (q.end + 2 < last && _diptych_detect_is (ctx, q.end, "of") &&
          (_diptych_detect_is (ctx, q.end + 1, "their") || _diptych_detect_is (ctx, q.end + 1, "its")) &&
          _diptych_detect_is (ctx, q.end + 2, "own") && (f = armed_subject_group (ctx, first, q.start)) >= 0)
        group = f;
      /* "the gang had lost only three members": the armed subject's */
      else if (group == DIPTYCH_GROUP_PEOPLE && head_end == q.end + 1 && _diptych_detect_is (ctx, q.end, "members") &&
               span_first < q.start && (_diptych_detect_is (ctx, span_first, "lost") || _diptych_detect_is (ctx, span_first, "losing")) &&
               (f = armed_subject_of (ctx, first, span_first)) >= 0)
        group = f;
      /* "three of its members had been killed", "killing dozens of its
       * own members": a body whose members are killed or hurt is an armed
       * one (all nine labelled sentences); not a federation whose members
       * are missing or a party whose members are arrested
       */
      if ((outcome == DIPTYCH_OUTCOME_KILLED || outcome == DIPTYCH_OUTCOME_INJURED) &&
          (group < 0 || group == DIPTYCH_GROUP_PEOPLE) && head_end >= q.end + 2 &&
          _diptych_detect_is (ctx, head_end - 1, "members") &&
          (_diptych_detect_is (ctx, head_end - 2, "its") || _diptych_detect_is (ctx, head_end - 2, "their") ||
           (_diptych_detect_is (ctx, head_end - 2, "own") &&
            (_diptych_detect_is (ctx, head_end - 3, "its") || _diptych_detect_is (ctx, head_end - 3, "their")))))
        {
          /* … whose kind the subject that lost them says: "The joint
           * force lost three of its members"; not "soldiers had killed
           * four of its members"
           */
          f = span_first < q.start && (_diptych_detect_is (ctx, span_first, "lost") ||
                                       _diptych_detect_is (ctx, span_first, "losing"))
                ? armed_subject_of (ctx, first, span_first) : -1;
          /* … nor a party's or an association's: "The opposition ADR
           * said … five of its members" (17 labelled of 24)
           */
          if (f < 0 && names_unarmed_body (ctx, first, q.start))
            f = DIPTYCH_GROUP_PEOPLE;
          group = f >= 0 ? f : DIPTYCH_GROUP_FIGHTERS;
        }
      /* "had killed five members of the ELN": of a body known by its
       * initials, killed or hurt, as above; not the UN's, whose initials
       * the lists know
       */
      if ((outcome == DIPTYCH_OUTCOME_KILLED || outcome == DIPTYCH_OUTCOME_INJURED) &&
          (group < 0 || group == DIPTYCH_GROUP_PEOPLE) && head_end == q.end + 1 &&
          _diptych_detect_is (ctx, q.end, "members") && (f = members_of_initials (ctx, head_end, last)) > 0)
        {
          group = DIPTYCH_GROUP_FIGHTERS;
          if (span_last == head_end)
            span_last = f;
        }
      /* "troops had killed six members of the Clan del Golfo", "arrested
       * 11 members of the splinter Tritiya Sammelan Prastuti Committee":
       * those a raid kills or takes from a body with a name
       */
      if ((outcome == DIPTYCH_OUTCOME_KILLED || outcome == DIPTYCH_OUTCOME_DETAINED) &&
          (group < 0 || group == DIPTYCH_GROUP_PEOPLE) && span_first < q.start && head_end > q.end &&
          _diptych_detect_is (ctx, head_end - 1, "members") && (f = members_of_name (ctx, head_end, last)) > 0)
        group = DIPTYCH_GROUP_FIGHTERS;
      /* "neutralised four of them", "neutralized 11 members of …", "87
       * members of the group were eliminated": only armed men are
       * neutralised
       */
      if (outcome == DIPTYCH_OUTCOME_KILLED && (group < 0 || group == DIPTYCH_GROUP_PEOPLE) &&
          neutralised (ctx, span_first, span_last))
        group = DIPTYCH_GROUP_FIGHTERS;

      memset (item, 0, sizeof *item);
      item->kind = DIPTYCH_ANNOTATION_CASUALTY;
      item->sentence = sentence;
      item->quantity = ctx->token_base + q.num;
      item->parent = -1;
      item->source = -1;
      item->more = more;
      item->toll = toll;
      item->head = noun == DETECT_NO_WORD_ID ? 0 : noun + 1;
      /* "and five women", "64 others", "… killed, and that 812 were
       * injured"; "… killing at least nine soldiers. Another 14 were
       * wounded": more of those
       */
      another = q.start > first && _diptych_detect_is (ctx, q.start - 1, "another");
      item->others_open = (others && q.start == first) || (another && q.start == first + 1);
      /* … "had lost four soldiers, with 12 more wounded"; not "put the
       * toll at 11, with 134 injured", whose group is only guessed
       */
      item->joined = link == LINK_COORDINATE || others || another ||
                     (span_first > first && (_diptych_detect_is (ctx, span_first - 1, "and") ||
                                             _diptych_detect_is (ctx, span_first - 1, ","))) ||
                     (span_first > first + 1 && _diptych_detect_is (ctx, span_first - 1, "with") &&
                      _diptych_detect_is (ctx, span_first - 2, ",") &&
                      (f = _diptych_detect_last_in_sentence (ctx, sentence)) >= 0 &&
                      !g_array_index (ctx->figures, DetectItem, f).toll) ||
                     (span_first > first + 1 && _diptych_detect_is (ctx, span_first - 1, "that") &&
                      _diptych_detect_is (ctx, span_first - 2, "and"));

      _diptych_detect_read_structure (ctx, readings, &q, item);
      part = MAX (item->casualty.value, item->casualty.low);

      switch (link)
        {
        case LINK_BREAKDOWN:
        case LINK_PREVIOUS:
          item->parent = -1;
          /* "27 killed and 64 injured, including 6 civilians killed": a
           * part with an outcome of its own breaks down a whole of it
           */
          if (link == LINK_BREAKDOWN && outcome >= 0)
            item->parent = _diptych_detect_last_total (ctx, outcome, sentence, part, group);
          if (item->parent < 0)
            item->parent = link == LINK_BREAKDOWN
                             ? _diptych_detect_last_total (ctx, -1, sentence, part, group)
                             : _diptych_detect_last_total (ctx, -1, 0, part, group);
          /* "38 of the dead were from his county, including seven women":
           * a breakdown of the sentence's figure, though that is a part
           * itself
           */
          if (link == LINK_BREAKDOWN && item->parent < 0 && (f = _diptych_detect_last_in_sentence (ctx, sentence)) >= 0 &&
              g_array_index (ctx->figures, DetectItem, f).parent >= 0 && holds_part (ctx, f, part))
            item->parent = f;
          /* "6 civilians killed – among them 2 children –": an aside
           * breaks down the figure just before it, though that is a part
           * itself
           */
          if (link == LINK_BREAKDOWN && (n = _diptych_detect_match_before (ctx, before, first, LEX_BREAKDOWN, NULL)) > 0 &&
              before - n > first + 1 &&
              (_diptych_detect_is_dash (ctx, before - n - 1) || _diptych_detect_is (ctx, before - n - 1, "(")) &&
              (f = _diptych_detect_last_in_sentence (ctx, sentence)) >= 0 &&
              g_array_index (ctx->figures, DetectItem, f).last == before - n - 1 &&
              g_array_index (ctx->figures, DetectItem, f).parent >= 0 &&
              holds_part (ctx, f, part))
            item->parent = f;
          if (link == LINK_BREAKDOWN && item->parent < 0 && !colon)
            item->parent = _diptych_detect_last_total (ctx, -1, 0, part, group);
          /* "Of these, 34 had gunshot wounds, including 11 children",
           * "Kosti: 3,900 people, including 1,700 children": the part the
           * sentence opens with, broken down in turn
           */
          if (link == LINK_BREAKDOWN && item->parent >= 0 &&
              (f = _diptych_detect_last_in_sentence (ctx, sentence)) >= 0 &&
              g_array_index (ctx->figures, DetectItem, f).parent >= 0 &&
              (opens_sentence (ctx, sentence - ctx->sentence_base, f) ||
               opens_with_label (ctx, first, g_array_index (ctx->figures, DetectItem, f).first)) &&
              holds_part (ctx, f, part))
            item->parent = f;
          /* "97 of the injured, at least 30 of whom …", "17 of them had
           * been airlifted to Nairobi, three of them in a critical
           * condition": the figure before in the sentence, though it is a
           * part itself
           */
          if (link == LINK_PREVIOUS && q.start > first + 1 && _diptych_detect_is (ctx, q.start - 1, ",") &&
              _diptych_detect_is (ctx, q.end, "of") &&
              (f = _diptych_detect_last_in_sentence (ctx, sentence)) >= 0 &&
              holds_part (ctx, f, part))
            item->parent = f;
          /* "Four of the dead were killed when a bomb hit … Two of them
           * were pensioners": the figure the sentence before opens and
           * ends with, though it is a part itself; not the part after a
           * comma of "received 26 wounded people, 17 of them with gunshot
           * wounds. Four of them died."
           */
          if (link == LINK_PREVIOUS && q.start == first && _diptych_detect_is (ctx, q.end, "of") &&
              follows_figure (ctx, sentence - ctx->sentence_base, sentence) &&
              opens_sentence (ctx, sentence - ctx->sentence_base - 1, ctx->figures->len - 1) &&
              holds_part (ctx, ctx->figures->len - 1, part))
            item->parent = ctx->figures->len - 1;
          break;
        case LINK_OUTCOME:
        case LINK_AMONG_THOSE:
          item->parent = _diptych_detect_last_total (ctx, link_outcome, 0, part, group);
          if (group < 0 && item->parent >= 0)
            item->parent = unarmed_total_before (ctx, item->parent, part);
          /* "Among the dead were 14 gendarmes and nine auxiliaries": the
           * list's figures after "among" are parts of one whole, not of
           * each other; but "46 were killed, with 12 children and seven
           * women among the dead" are of the 46
           */
          if (link == LINK_AMONG_THOSE && item->parent >= 0)
            {
              const DetectItem *listed_whole = &g_array_index (ctx->figures, DetectItem, item->parent);
              guint among_at = q.start;

              while (among_at > first && !_diptych_detect_is (ctx, among_at, "among"))
                among_at--;
              if (listed_whole->sentence == sentence && _diptych_detect_is (ctx, among_at, "among") &&
                  listed_whole->first >= among_at)
                item->parent = listed_whole->parent;
            }
          break;
        case LINK_COORDINATE:
          {
            DetectItem *sibling = &g_array_index (ctx->figures, DetectItem,
                                                  _diptych_detect_last_in_sentence (ctx, sentence));
            gboolean other_fate = FALSE;  /* no part of the sibling's whole */

            /* "Twelve Maoists, including four women cadres, and two
             * jawans", "47 Druze — among them four women — as well as 18
             * Bedouin": past the aside that broke down a figure, the
             * figure itself
             */
            guint close = _diptych_detect_is (ctx, before - 1, "as") ? before - 4 : before - 2;

            if (sibling->parent >= 0 && close > first &&
                (_diptych_detect_is (ctx, close, ",") || _diptych_detect_is_dash (ctx, close)))
              {
                DetectItem *broken_down = &g_array_index (ctx->figures, DetectItem, sibling->parent);
                guint k;

                for (k = broken_down->last + 1; k < close && !_diptych_detect_is_punct (ctx, k); k++)
                  ;
                if (broken_down->sentence == sentence && broken_down->last < sibling->first &&
                    _diptych_detect_is (ctx, broken_down->last, detect_lower (ctx, close)) && k == close)
                  sibling = broken_down;
              }
            item->parent = sibling->parent;
            /* "Nine of the dead were children, and two dozen more children
             * were hurt": the hurt are no part of the dead; but "Two of
             * those recaptured were shot dead and another three wounded"
             * are both of those recaptured
             */
            if (outcome >= 0 && item->parent >= 0 && (gint)sibling->casualty.outcome != outcome &&
                g_array_index (ctx->figures, DetectItem, item->parent).casualty.outcome ==
                  sibling->casualty.outcome)
              {
                other_fate = TRUE;
                /* "27 killed and 64 injured, including 6 civilians killed
                 * and 19 civilians injured": of the whole of its own
                 * outcome, if the sentence has one
                 */
                item->parent = _diptych_detect_last_total (ctx, outcome, sentence, part, group);
              }
            if (outcome < 0)
              outcome = sibling->casualty.outcome;
            /* a group the sibling takes from its whole is resolved later;
             * one that says what some of them were is the sibling's own:
             * "At least 19 of the patients are children, and 11 arrived
             * with gunshot wounds"
             */
            /* … nor the group of a part whose whole the figure is no part
             * of: "57 people have been killed, 19 of them police officers,
             * and over 8,000 have fled"; but "two soldiers paid the supreme
             * price and three others sustained injuries" are soldiers
             */
            /* … and others of another fate than a part are others than
             * its whole: "the bodies of 11 people — among them two
             * children — and 26 others were wounded" are people
             */
            if (group < 0 && !sibling->no_group && !sibling->predicate && (!other_fate || others))
              group = other_fate && sibling->parent >= 0
                        ? g_array_index (ctx->figures, DetectItem, sibling->parent).casualty.group
                        : sibling->casualty.group;
          }
          break;
        case LINK_AMONG_NEXT:
          item->parent = -2 - (gint)(ctx->token_base + among_next);  /* resolved below */
          break;
        case LINK_HEAD:
          item->parent = head;
          break;
        case LINK_REPEAT:
          item->parent = g_array_index (ctx->figures, DetectItem, head).parent;
          break;
        case LINK_NONE:
        default:
          break;
        }

      /* "the remains of 121 of them have been identified, while the remains
       * of at least 22 others have not": the rest of the whole the part
       * before broke down
       */
      if (others && link == LINK_NONE && item->parent < 0 &&
          (f = _diptych_detect_last_in_sentence (ctx, sentence)) >= 0 &&
          (whole_of = g_array_index (ctx->figures, DetectItem, f).parent) >= 0 &&
          holds_part (ctx, whole_of, part))
        item->parent = whole_of;
      /* "418 injured … evacuating 112 seriously injured people": the
       * badly hurt are a part of those hurt
       */
      if (severe && link == LINK_NONE && item->parent < 0 && outcome == DIPTYCH_OUTCOME_INJURED)
        item->parent = _diptych_detect_last_total (ctx, outcome, 0, part, group);
      if (outcome < 0 && item->parent >= 0)
        outcome = g_array_index (ctx->figures, DetectItem, item->parent).casualty.outcome;
      /* "had treated 23 wounded … and that six had been evacuated": a
       * number with no noun after a count of the hurt counts some of them
       */
      if (outcome == DIPTYCH_OUTCOME_DISPLACED && (link == LINK_NONE || link == LINK_COORDINATE) &&
          item->parent < 0 && head_end == q.end &&
          has_word_in (ctx, head_end, MIN (last, head_end + 20), "evacuated") &&
          (f = _diptych_detect_last_in_sentence (ctx, sentence)) >= 0 &&
          g_array_index (ctx->figures, DetectItem, f).casualty.outcome == DIPTYCH_OUTCOME_INJURED)
        item->parent = f;
      /* "32 others were injured, 14 of whom were evacuated to Gao": the
       * hurt moved for care are still the hurt
       */
      if (outcome == DIPTYCH_OUTCOME_DISPLACED && item->parent >= 0 &&
          g_array_index (ctx->figures, DetectItem, item->parent).casualty.outcome == DIPTYCH_OUTCOME_INJURED &&
          has_word_in (ctx, head_end, MAX (span_last, MIN (last, head_end + 20)), "evacuated"))
        outcome = DIPTYCH_OUTCOME_INJURED;
      /* "11 bodies were found, several of them with gunshot wounds to the
       * head": what the dead bore, not a second fate; but in "Thirteen
       * miners survived, four of them with stab wounds" the people of
       * the sentence before are not "them"
       */
      else if (outcome == DIPTYCH_OUTCOME_INJURED && item->parent >= 0 && link == LINK_PREVIOUS &&
               g_array_index (ctx->figures, DetectItem, item->parent).casualty.outcome == DIPTYCH_OUTCOME_KILLED &&
               (g_array_index (ctx->figures, DetectItem, item->parent).sentence == sentence || q.start == first) &&
               q.end + 2 < last && _diptych_detect_is (ctx, q.end, "of") && _diptych_detect_is (ctx, q.end + 1, "them") &&
               _diptych_detect_is (ctx, q.end + 2, "with"))
        outcome = DIPTYCH_OUTCOME_KILLED;
      /* "1,000 people had been detained, and between 60 and 80 of them had
       * been moved to an unknown location": still held
       */
      else if (outcome == DIPTYCH_OUTCOME_DISPLACED && item->parent >= 0 &&
               g_array_index (ctx->figures, DetectItem, item->parent).casualty.outcome == DIPTYCH_OUTCOME_DETAINED &&
               (has_word_in (ctx, head_end, span_last, "moved") || has_word_in (ctx, head_end, span_last, "transferred")))
        outcome = DIPTYCH_OUTCOME_DETAINED;
      /* "Twelve men arrested in January are still missing": those taken
       * whom no one has found since
       */
      else if (outcome == DIPTYCH_OUTCOME_DETAINED && (n = missing_since_taken (ctx, MAX (span_last, q.end), last)) > 0)
        {
          outcome = DIPTYCH_OUTCOME_MISSING;
          span_last = n;
        }
      if (outcome < 0)
        outcome = noun_outcome;
      if (outcome < 0)
        continue;

      /* "Eight of the hostages escaped", "rescued 12 of the victims":
       * those who got away are no figure; but "six of the abducted
       * passengers had been released", "rescued 17 persons abducted
       * by the terrorists" and "rescued 41 kidnapped victims" were
       * abducted, as the figure's own words say (12 labelled of 15)
       */
      /* … but "detained at least 20 men …; 14 of them had been released
       * by Wednesday", "63 detained, 57 of whom were released", "Of the
       * 23 people detained, 17 were released", "abducted 86, of whom 30
       * have been freed": a count
       * of those held, as the labels count it (63 of the 97 such parts)
       */
      if ((outcome == DIPTYCH_OUTCOME_DETAINED || outcome == DIPTYCH_OUTCOME_MISSING) &&
          !attributive && link != LINK_OUTCOME && !abducted_after (ctx, head_end, last) &&
          !((link == LINK_PREVIOUS || link == LINK_HEAD || link == LINK_BREAKDOWN) && !q.vague &&
            released_part (ctx, MAX (head_end, got_from), last)) &&
          !(head_end > q.end && (_diptych_detect_is (ctx, head_end - 1, "hostages") ||
                                 _diptych_detect_is (ctx, head_end - 1, "captives"))) &&
          (_diptych_detect_got_away (ctx, MAX (head_end, got_from), last) ||
           _diptych_detect_set_free (ctx, first, q.start)))
        continue;

      /* "Villagers beat two men to death", "beat one of them to death":
       * the blows killed them
       */
      if (outcome == DIPTYCH_OUTCOME_INJURED && span_first < q.start)
        {
          guint k = MAX (head_end, q.end);

          if (k + 2 < last && _diptych_detect_is (ctx, k, "of") && _diptych_detect_is (ctx, k + 1, "them"))
            k += 2;
          if (k + 1 < last && _diptych_detect_is (ctx, k, "to") && _diptych_detect_is (ctx, k + 1, "death"))
            outcome = DIPTYCH_OUTCOME_KILLED;
        }
      item->casualty.outcome = outcome;
      /* "He put Russian losses in the sector at 74 killed and 119
       * wounded": a force's losses are its soldiers
       */
      if (group < 0)
        {
          gint losses = losses_group (ctx, first, q.start);

          if (losses >= 0)
            group = losses;
          else if (friendly_side_before (ctx, first, q.start))
            group = DIPTYCH_GROUP_SOLDIERS;
        }
      /* "a higher toll of 27 dead", "the number of dead at 38": the dead
       * are the group's noun, people (99 of 117 such labels)
       */
      /* "bringing to 448 the number of soldiers killed": the toll after
       * its number names whom it counts
       */
      if (group < 0 && q.end + 3 < last && _diptych_detect_is (ctx, q.end, "the") &&
          _diptych_detect_is (ctx, q.end + 1, "number") && _diptych_detect_is (ctx, q.end + 2, "of") &&
          _diptych_detect_match (ctx, q.end + 3, LEX_GROUP, &head_entry) > 0)
        group = head_entry->value;
      /* … but "a civilian toll of 27 dead" names them */
      if (group < 0 && counts_the_dead (ctx, toll ? toll_start : q.start, q.end, last) &&
          (group = toll_of_group_before (ctx, first, q.start)) < 0)
        group = DIPTYCH_GROUP_PEOPLE;
      /* "Roughly 130 of the evacuees were children", "Approximately 2,000
       * of those who fled are children": the children or women a part's
       * predicate names past its whole's words; but the label sets keep
       * the whole's group for "three of the suspects were local men"
       */
      /* … "2 of the 4 abducted people are women", whose whole is a
       * figure of its own
       */
      be = span_last;
      if (q.end < last && _diptych_detect_is (ctx, q.end, "of"))
        while (be < last && be < MAX (span_last, q.end + 3) + 4 && !_diptych_detect_is_punct (ctx, be) &&
               !_diptych_detect_is_verb_of_be (ctx, be))
          be++;
      if ((group < 0 || group == DIPTYCH_GROUP_PEOPLE) && !predicate && q.end < last && _diptych_detect_is (ctx, q.end, "of") &&
          be < last && (predicate_group = _diptych_detect_predicate_group (ctx, be, last, &n)) >= 0 &&
          (predicate_group == DIPTYCH_GROUP_CHILDREN || predicate_group == DIPTYCH_GROUP_WOMEN))
        {
          group = predicate_group;
          predicate = TRUE;
          span_last = n;
        }
      /* "wounding his two sons, aged 14 and 17": children by their ages */
      if ((group < 0 || group == DIPTYCH_GROUP_MEN || group == DIPTYCH_GROUP_PEOPLE) &&
          (aged_as_children (ctx, MAX (head_end, q.end), last) || aged_as_children (ctx, MAX (span_last, q.end), last)))
        group = DIPTYCH_GROUP_CHILDREN;
      /* "Among the 38 terrorists neutralised were 4 leaders": the
       * leaders of armed men are armed men
       */
      if (group == DIPTYCH_GROUP_OTHER && unknown && item->parent >= 0 && head_end > q.end &&
          (_diptych_detect_is (ctx, head_end - 1, "leaders") || _diptych_detect_is (ctx, head_end - 1, "commanders")) &&
          (g_array_index (ctx->figures, DetectItem, item->parent).casualty.group == DIPTYCH_GROUP_FIGHTERS ||
           g_array_index (ctx->figures, DetectItem, item->parent).casualty.group == DIPTYCH_GROUP_SOLDIERS))
        group = g_array_index (ctx->figures, DetectItem, item->parent).casualty.group;
      item->no_group = group < 0;
      item->predicate = predicate;
      item->casualty.group = group >= 0 ? group : DIPTYCH_GROUP_PEOPLE;
      item->first = MIN (span_first, q.start);
      item->last = MAX (span_last, q.end);
      /* not the brackets that close on initials: "the Homeland (VDP)" */
      while (item->last > item->first + 1 && _diptych_detect_is_punct (ctx, item->last - 1) &&
             !_diptych_detect_is_quote (ctx, item->last - 1) &&
             !(item->last >= item->first + 3 && _diptych_detect_is (ctx, item->last - 1, ")") &&
               _diptych_detect_is (ctx, item->last - 3, "(")))
        item->last--;
      g_array_append_val (ctx->figures, *item);
    }

  /* "In Beledweyne alone, …", "were killed in Nguida alone": the
   * sentence's wholes are a place's share of the last total of their
   * outcome, once the sentence's own parts are theirs
   */
  if (alone && ctx->figures->len > figures_before && in_place_alone (ctx, first, last))
    for (guint f = figures_before; f < ctx->figures->len; f++)
      {
        DetectItem *item = &g_array_index (ctx->figures, DetectItem, f);

        if (item->parent == -1 && !item->more && !item->toll)
          item->parent = _diptych_detect_total_before (ctx, figures_before, item->casualty.outcome,
                                                       MAX (item->casualty.value,
                                                            item->casualty.low));
      }
}

/* Each figure's source: the claim it is in, else a source named in its
 * sentence; not one that disputes it ("…, a charge Kigali denies").
 */
static void
resolve_sources (DetectContext *ctx,
                 guint          from)
{
  guint c0 = 0, s0 = 0;

  for (guint f = from; f < ctx->figures->len; f++)
    {
      DetectItem *item = &g_array_index (ctx->figures, DetectItem, f);
      guint sentence = item->sentence - ctx->sentence_base;  /* the part's */

      while (c0 < ctx->claims->len &&
             g_array_index (ctx->claims, DetectItem, c0).sentence < sentence)
        c0++;
      while (s0 < ctx->sources->len &&
             g_array_index (ctx->sources, DetectItem, s0).sentence < sentence)
        s0++;
      for (guint c = c0; c < ctx->claims->len && item->source < 0; c++)
        {
          DetectItem *claim = &g_array_index (ctx->claims, DetectItem, c);

          if (claim->sentence > sentence)
            break;
          if (claim->first <= item->first && item->first < claim->last)
            item->source = claim->source;
        }
      for (guint s = s0; s < ctx->sources->len && item->source < 0; s++)
        {
          DetectItem *source = &g_array_index (ctx->sources, DetectItem, s);

          if (source->sentence > sentence)
            break;
          if (source->disputes && item->first < source->first)
            continue;
          item->source = s;
        }
    }
}

/**
 * _diptych_detect_casualties:
 *
 * Adds the figures of the context's part to its figures, with their
 * sources; their groups are resolved once all are found. When
 * ctx->ahead, the figures are the part's own, found before the parts
 * before are known (on a thread of its own), numbered from the part's
 * start, and ctx->needs_before says whether one would have been looked
 * for among theirs; else they come after those of the parts before in
 * the article's.
 */
void
_diptych_detect_casualties (DetectContext *ctx)
{
  g_autoptr(GArray) readings = _diptych_detect_readings_new ();
  guint from = ctx->figures->len;
  gboolean alone = has_word (ctx, "alone");

  for (guint s = 0; s < ctx->sentences->len; s++)
    detect_in_sentence (ctx, readings, s, alone);
  resolve_sources (ctx, from);
}

/* A figure found ahead, @item, numbered as the article's figures after
 * the @from of the parts before.
 */
static DetectItem
figure_after (DetectContext    *ctx,
              const DetectItem *item,
              guint             from)
{
  DetectItem after = *item;

  after.sentence += ctx->sentence_base;
  after.quantity += ctx->token_base;
  if (item->parent >= 0)
    after.parent = from + item->parent;
  else if (item->parent <= -2)
    after.parent = -2 - (gint)(ctx->token_base + (guint)(-2 - item->parent));
  return after;
}

/* Whether figure @found is the figure @ahead found ahead, as the
 * lookback of later figures sees it and as it is written.
 */
static gboolean
same_figure (DetectContext    *ctx,
             const DetectItem *found,
             const DetectItem *ahead,
             guint             from)
{
  DetectItem after = figure_after (ctx, ahead, from);

  return found->first == after.first && found->last == after.last &&
         found->byte_start == after.byte_start && found->byte_end == after.byte_end &&
         found->sentence == after.sentence && found->quantity == after.quantity &&
         found->parent == after.parent && found->more == after.more &&
         found->no_group == after.no_group && found->predicate == after.predicate && found->toll == after.toll &&
         found->joined == after.joined &&
         found->casualty.outcome == after.casualty.outcome &&
         found->casualty.value == after.casualty.value &&
         found->casualty.low == after.casualty.low &&
         found->casualty.high == after.casualty.high &&
         found->casualty.qualifier == after.casualty.qualifier &&
         found->casualty.group == after.casualty.group &&
         g_strcmp0 (found->casualty.raw, after.casualty.raw) == 0;
}

/**
 * _diptych_detect_casualties_after:
 * @ahead: the part's figures found ahead (see _diptych_detect_casualties())
 *
 * Adds the figures of the context's part to the article's, after those
 * of the parts before: those found ahead when none needed the parts
 * before; else the part's figures are found again up to where the last
 * MAX_LOOKBACK found agree with those found ahead, which every later
 * figure's lookback stays within, and the rest are those found ahead.
 */
void
_diptych_detect_casualties_after (DetectContext *ctx,
                                  GArray        *ahead)
{
  g_autoptr(GArray) readings = _diptych_detect_readings_new ();
  guint from = ctx->figures->len;
  guint agreed = 0;  /* figures found ahead that are the article's */
  gboolean alone = has_word (ctx, "alone");

  for (guint s = 0; ctx->needs_before && s < ctx->sentences->len; s++)
    {
      guint found, match;

      detect_in_sentence (ctx, readings, s, alone);
      found = ctx->figures->len - from;
      while (agreed < ahead->len && g_array_index (ahead, DetectItem, agreed).sentence <= s)
        agreed++;
      if (found != agreed || found < MAX_LOOKBACK)
        continue;
      for (match = found - MAX_LOOKBACK; match < found; match++)
        if (!same_figure (ctx, &g_array_index (ctx->figures, DetectItem, from + match),
                          &g_array_index (ahead, DetectItem, match), from))
          break;
      if (match == found)
        break;
    }

  for (guint a = agreed; a < ahead->len; a++)
    {
      DetectItem after = figure_after (ctx, &g_array_index (ahead, DetectItem, a), from);

      g_array_append_val (ctx->figures, after);
    }
  resolve_sources (ctx, from);
}
