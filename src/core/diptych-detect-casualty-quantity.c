/* diptych-detect-casualty-quantity.c: the numbers a casualty figure may
 * be, and those that count no people
 *
 * A quantity is a number in digits or words with its scales ("6.8
 * million", "two dozen", "a hundred and twenty"), a range ("15 to 20",
 * "between 40 and 60", "3,000-4,000") or a vague amount ("dozens",
 * "several hundred"), after its qualifier ("at least"). Its value,
 * bounds and qualifier come from diptych_casualty_read_amount(), whose
 * readings of the same words are kept. Dates, years, times, ages,
 * populations, money, measures, phone numbers and ratios count no people.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-detect"

#include "config.h"

#include <string.h>

#include "diptych-casualty-parser.h"
#include "diptych-detect-casualty-private.h"

/* How many tokens of a quantity the parser's readings are kept for. */
#define MAX_READ_TOKENS 8

/* A number from @i on: digits or words, with scales ("6.8 million",
 * "two dozen", "a hundred and twenty"). Returns the token after it, or
 * @i when there is none.
 */
static guint
read_number (DetectContext *ctx,
             guint          i,
             guint          limit)
{
  guint k = i;
  gboolean any = FALSE;

  /* "half a million" */
  if (k + 2 < limit && _diptych_detect_is (ctx, k, "half") &&
      _diptych_detect_is_article (ctx, k + 1) &&
      detect_in (ctx, k + 2, LEX_SCALE))
    k++;
  if (k < limit && _diptych_detect_is_article (ctx, k) &&
      detect_in (ctx, k + 1, LEX_SCALE) && k + 1 < limit)
    {
      k += 2;
      any = TRUE;
    }
  else if (k < limit && _diptych_detect_is_digits (ctx, k))
    {
      k++;
      any = TRUE;
    }
  else if (k < limit && _diptych_detect_is_number_word (ctx, k))
    {
      k++;
      any = TRUE;
      while (k < limit && _diptych_detect_is_number_word (ctx, k) &&
             detect_value (ctx, k - 1, LEX_NUMBER) >= 20 &&
             detect_value (ctx, k - 1, LEX_NUMBER) % 10 == 0 && detect_value (ctx, k, LEX_NUMBER) < 10)
        k++;  /* "twenty one" */
    }

  if (!any)
    return i;

  while (k < limit && detect_in (ctx, k, LEX_SCALE))
    {
      k++;
      /* "a hundred and twenty" */
      if (k + 1 < limit && _diptych_detect_is (ctx, k, "and") &&
          _diptych_detect_is_number_word (ctx, k + 1) &&
          detect_value (ctx, k - 1, LEX_SCALE) == 100)
        k += 2;
    }
  return k;
}

/* The value of the plain number at @i, digits or a number word; 0 when
 * it is none or more than a word.
 */
static gint64
plain_value (DetectContext *ctx,
             guint          i)
{
  gint64 value = 0;

  if (_diptych_detect_is_number_word (ctx, i))
    return detect_value (ctx, i, LEX_NUMBER);
  if (!_diptych_detect_is_digits (ctx, i))
    return 0;
  for (const char *p = detect_lower (ctx, i); *p != '\0' && value < G_MAXINT32; p++)
    if (g_ascii_isdigit (*p))
      value = value * 10 + (*p - '0');
    else if (*p != ',')
      return 0;
  return value;
}

/* Whether the token at @i is a year: four digits, 1800 to 2100 */
static gboolean
is_year (DetectContext *ctx,
         guint          i)
{
  const char *w = detect_lower (ctx, i);
  gint64 year;

  if (!_diptych_detect_is_digits (ctx, i) || !g_ascii_isdigit (w[0]) || !g_ascii_isdigit (w[1]) ||
      !g_ascii_isdigit (w[2]) || !g_ascii_isdigit (w[3]) || w[4] != '\0')
    return FALSE;
  year = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
  return year >= 1800 && year <= 2100;
}

/* Whether the numbers at @one and @other are a ratio, "1 in 5": the
 * first is the smaller. Not a count in a year: "compared with 27 in
 * 2021"; but "one in 2000 births".
 */
static gboolean
is_ratio (DetectContext *ctx,
          guint          one,
          guint          other)
{
  gint64 a = plain_value (ctx, one), b = plain_value (ctx, other);

  if ((!_diptych_detect_is_digits (ctx, one) && !_diptych_detect_is_number_word (ctx, one)) ||
      (!_diptych_detect_is_digits (ctx, other) && !_diptych_detect_is_number_word (ctx, other)))
    return FALSE;
  if (is_year (ctx, other) &&
      !(other + 1 < ctx->n_tokens && detect_key (ctx, other + 1)->kind == DIPTYCH_TOKEN_WORD &&
        _diptych_detect_is_plural_noun (ctx, other + 1)))
    return FALSE;
  return a == 0 || b == 0 || a < b;
}

/* Whether the dash at @dash opens an aside, as an em dash after a space
 * does: "put the toll at 11 — seven civilians and four fighters"; not
 * "10–15", "10 – 15"
 */
static gboolean
opens_aside (DetectContext *ctx,
             guint          dash)
{
  const DetectToken *token = detect_token (ctx, dash);
  const guchar *bytes = (const guchar *)ctx->contents + token->byte_start;

  return token->byte_end - token->byte_start == 3 && bytes[0] == 0xE2 && bytes[1] == 0x80 && bytes[2] == 0x94 &&
         dash > 0 && detect_token (ctx, dash - 1)->byte_end < token->byte_start;
}

/* Whether the words after a number make it the low end of a range:
 * "15 to 20", "two or three", "between 40 and 60", "10–15".
 */
static gboolean
joins_range (DetectContext *ctx,
             guint          num,
             guint          end)
{
  return _diptych_detect_is (ctx, end, "to") || _diptych_detect_is (ctx, end, "or") ||
         (_diptych_detect_is_dash (ctx, end) && !opens_aside (ctx, end)) ||
         (_diptych_detect_is (ctx, end, "and") && num > 0 &&
          _diptych_detect_is (ctx, num - 1, "between"));
}

/* _diptych_detect_read_quantity() once the number's first token may
 * start one.
 */
gboolean
_diptych_detect_read_quantity_at (DetectContext *ctx,
                                  guint          i,
                                  guint          floor,
                                  guint          limit,
                                  Quantity      *q)
{
  const DetectEntry *entry = NULL;
  guint n, end;

  memset (q, 0, sizeof *q);
  q->start = q->num = i;

  if ((n = _diptych_detect_match (ctx, i, LEX_VAGUE, &entry)) > 0 && i + n <= limit)
    {
      q->end = i + n;
      q->vague = TRUE;
      q->vague_low = entry->value;
      /* "several dozen", "a few hundred": still vague, of that scale */
      while (q->end < limit && detect_in (ctx, q->end, LEX_SCALE) && q->vague_low < G_MAXINT32)
        q->vague_low *= detect_value (ctx, q->end++, LEX_SCALE);
    }
  else if (detect_key (ctx, i)->range)
    {
      q->end = i + 1;
      q->range = TRUE;
      /* "3,000-4,000": the word of a range ends at the comma of its
       * second number, whose thousands follow it with no space
       */
      while (q->end + 1 < limit && _diptych_detect_is (ctx, q->end, ",") &&
             _diptych_detect_is_digits (ctx, q->end + 1) &&
             strlen (detect_lower (ctx, q->end + 1)) == 3 &&
             detect_token (ctx, q->end)->byte_start == detect_token (ctx, q->end - 1)->byte_end &&
             detect_token (ctx, q->end + 1)->byte_start == detect_token (ctx, q->end)->byte_end)
        q->end += 2;
    }
  else if ((end = read_number (ctx, i, limit)) > i)
    {
      q->end = end;
      if (end + 1 < limit && joins_range (ctx, i, end))
        {
          guint high_end = read_number (ctx, end + 1, limit);

          /* not "21 August 2025 – Two health workers were killed": a
           * range of a dash goes up
           */
          if (high_end == end + 2 && end == i + 1 && _diptych_detect_is_dash (ctx, end) &&
              plain_value (ctx, i) > 0 && plain_value (ctx, end + 1) > 0 &&
              plain_value (ctx, i) >= plain_value (ctx, end + 1))
            high_end = 0;
          if (high_end > end + 1)
            {
              q->range = TRUE;
              q->low_end = end;
              q->high = end + 1;
              q->end = high_end;
            }
        }
    }
  else
    return FALSE;

  n = _diptych_detect_match_before (ctx, q->num, floor, LEX_QUALIFIER, NULL);
  q->start = q->num - n;
  return TRUE;
}

/* "children under the age of 12": the "of" at @of. Apart from
 * _diptych_detect_is_not_people(), whose length keeps the compiler from
 * working out the heads of its words.
 */
static gboolean
after_age_of (DetectContext *ctx,
              guint          of)
{
  return _diptych_detect_is (ctx, of, "of") &&
         (_diptych_detect_is (ctx, of - 1, "age") || _diptych_detect_is (ctx, of - 1, "ages"));
}

/* Whether the word at @i names a military unit: "Division" of "the 7
 * Division Hospital".
 */
static gboolean
is_unit_name (DetectContext *ctx,
              guint          i)
{
  static const char * const units[] = {
    "division", "brigade", "battalion", "regiment", "corps", "squadron", "sector", "infantry",
  };

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    if (_diptych_detect_is (ctx, i, units[u]))
      return TRUE;
  return FALSE;
}

/* Whether a number after @before ends a list of ages: "aged 15 and 17",
 * "aged 9, 12 and 14".
 */
static gboolean
in_list_of_ages (DetectContext *ctx,
                 guint          first,
                 guint          before)
{
  if (!_diptych_detect_is (ctx, before, "and") && !_diptych_detect_is (ctx, before, "or") &&
      !_diptych_detect_is (ctx, before, ","))
    return FALSE;
  for (guint k = before; k > first && before - k < 8; k--)
    {
      if (_diptych_detect_is (ctx, k - 1, "aged") || _diptych_detect_is (ctx, k - 1, "ages"))
        return k < before;
      if (!(_diptych_detect_is_digits (ctx, k - 1) || _diptych_detect_is_number_word (ctx, k - 1) ||
            _diptych_detect_is (ctx, k - 1, "and") ||
            _diptych_detect_is (ctx, k - 1, "or") || _diptych_detect_is (ctx, k - 1, ",")))
        return FALSE;
    }
  return FALSE;
}

/* "one of the worst atrocities", "one of the deadliest" */
static gboolean
one_of_the_most (DetectContext *ctx,
                 guint          one)
{
  return _diptych_detect_is (ctx, one, "one") && _diptych_detect_is (ctx, one + 1, "of") &&
         _diptych_detect_is (ctx, one + 2, "the") &&
         (detect_ends_with (ctx, one + 3, "est") || _diptych_detect_is (ctx, one + 3, "worst") ||
          _diptych_detect_is (ctx, one + 3, "most"));
}

/* "nine members of one family", "killed in one village": "one" after a
 * preposition, a determiner of a noun that names no people.
 */
gboolean
_diptych_detect_is_determiner_one (DetectContext  *ctx,
                                   const Quantity *q,
                                   guint           first,
                                   guint           last)
{
  guint before = q->num - 1, after = q->end;

  return q->end == q->num + 1 && q->num > first && after < last && _diptych_detect_is (ctx, q->num, "one") &&
         (_diptych_detect_is (ctx, before, "of") || _diptych_detect_is (ctx, before, "from") ||
          _diptych_detect_is (ctx, before, "in") || _diptych_detect_is (ctx, before, "at")) &&
         !_diptych_detect_is_punct (ctx, after) && !_diptych_detect_is_digits (ctx, after) &&
         !detect_in (ctx, after, LEX_GROUP) &&
         !detect_in (ctx, after, LEX_FUNCTION) && !detect_in (ctx, after, LEX_OUTCOME) &&
         !_diptych_detect_is_plural_noun (ctx, after);
}

/* Dates, years, times, ages, money and measures. */
gboolean
_diptych_detect_is_not_people (DetectContext  *ctx,
                               const Quantity *q,
                               guint           first,
                               guint           last)
{
  guint before = q->start > first ? q->start - 1 : G_MAXUINT;
  guint after = q->end;
  guint unused_end;

  /* "until every one of them is back", "each one of the victims": the
   * one is each of them, no count
   */
  if (before != G_MAXUINT && q->end == q->num + 1 && _diptych_detect_is (ctx, q->num, "one") &&
      (_diptych_detect_is (ctx, before, "every") || _diptych_detect_is (ctx, before, "each") ||
       _diptych_detect_is (ctx, before, "any")))
    return TRUE;
  /* "we counted the bodies one by one" */
  if (after + 1 < last && _diptych_detect_is (ctx, q->num, "one") && _diptych_detect_is (ctx, after, "by") &&
      _diptych_detect_is (ctx, after + 1, "one"))
    return TRUE;
  /* "one of the sources said", "two of the officials told": a part of
   * those who tell, not of those it happened to; not "three of the
   * officials were killed"
   */
  if (after + 1 < last && _diptych_detect_is (ctx, after, "of"))
    {
      guint noun = after + 1;

      if (_diptych_detect_is (ctx, noun, "the") || _diptych_detect_is (ctx, noun, "those"))
        noun++;
      if (noun + 1 < last && detect_in (ctx, noun, LEX_SOURCE_TYPE) && !detect_in (ctx, noun, LEX_GROUP) &&
          detect_in (ctx, noun + 1, LEX_REPORTING))
        return TRUE;
      /* "318 cases of acute respiratory infection and 96 of diarrhoea":
       * more cases, of an illness named bare
       */
      if (noun == after + 1 && detect_key (ctx, noun)->kind == DIPTYCH_TOKEN_WORD && !detect_key (ctx, noun)->upper &&
          !detect_in (ctx, noun, LEX_FUNCTION) && !detect_in (ctx, noun, LEX_GROUP) && !detect_in (ctx, noun, LEX_PERSONAL) &&
          !detect_in (ctx, noun, LEX_PRONOUN) && !detect_in (ctx, noun, LEX_RELATIVE) && !_diptych_detect_is (ctx, noun, "them"))
        for (guint k = first; k + 1 < q->start; k++)
          if (_diptych_detect_is (ctx, k, "cases") && _diptych_detect_is (ctx, k + 1, "of"))
            return TRUE;
    }
  /* "residents of at least six villages", "14 border villages": a count
   * of places
   */
  for (guint k = after; k < last && k < after + 2; k++)
    {
      if (detect_in (ctx, k, LEX_PLACE) && _diptych_detect_is_plural_noun (ctx, k))
        return TRUE;
      if (_diptych_detect_is_punct (ctx, k) || detect_in (ctx, k, LEX_FUNCTION) || detect_in (ctx, k, LEX_GROUP))
        break;
    }
  /* "burned four military vehicles", "two police pickups": a count of
   * things; not the name of a unit ("two Assam Rifles personnel")
   */
  for (guint k = after; k < last && k < after + 3; k++)
    {
      if (detect_figure_word (ctx, k, FIGURE_WORD_THING) && !detect_key (ctx, k)->upper)
        return TRUE;
      /* "detained six men carrying weapons": the people come first */
      if (_diptych_detect_is_punct (ctx, k) || detect_in (ctx, k, LEX_FUNCTION) ||
          (detect_in (ctx, k, LEX_GROUP) && k + 1 < last && !detect_figure_word (ctx, k + 1, FIGURE_WORD_THING) &&
           /* … "seized two military transport vehicles" */
           !(k + 2 < last && !detect_in (ctx, k + 1, LEX_FUNCTION) && !detect_in (ctx, k + 1, LEX_RELATIVE) &&
             !_diptych_detect_is_punct (ctx, k + 1) && detect_figure_word (ctx, k + 2, FIGURE_WORD_THING))) ||
          /* … but "27 tracing requests": what sort of things */
          (k > after && detect_ends_with (ctx, k, "ing")))
        break;
    }
  if (before != G_MAXUINT)
    {
      /* "Thirteen people from two families": where people the number
       * before counts are from
       */
      if (_diptych_detect_is (ctx, before, "from") && before > first + 1 && detect_in (ctx, before - 1, LEX_GROUP) &&
          detect_key (ctx, before - 2)->quantity && after < last && _diptych_detect_is_of_families (ctx, after))
        return TRUE;
      /* "a boy of about 10": an age */
      if (_diptych_detect_is (ctx, before, "of") && before > first + 1 &&
          _diptych_detect_is_article (ctx, before - 2) &&
          detect_figure_word (ctx, before - 1, FIGURE_WORD_PERSON))
        return TRUE;
      /* "a hamlet of roughly 250 people", "a city of 2 million": a
       * population
       */
      if (_diptych_detect_is (ctx, before, "of") && before > first && detect_in (ctx, before - 1, LEX_PLACE))
        return TRUE;
      /* "Its population has swollen to nearly 70,000" */
      if (_diptych_detect_is (ctx, before, "to") || _diptych_detect_is (ctx, before, "of") ||
          _diptych_detect_is (ctx, before, "at"))
        for (guint k = before; k > first && before - k < 3; k--)
          {
            if (detect_lower (ctx, k - 1)[0] == 'p' && _diptych_detect_is (ctx, k - 1, "population"))
              return TRUE;
            if (detect_in (ctx, k - 1, LEX_OUTCOME))
              break;
          }
      /* "“They came at dawn, dozens of them.”", "They came in armored
       * trucks, at least eight of them": the attackers, counted after the
       * clause they come in
       */
      if (_diptych_detect_is (ctx, before, ",") || _diptych_detect_is (ctx, before, "maybe"))
        {
          guint they = first;

          if (they < before && _diptych_detect_is_quote (ctx, they))
            they++;
          if (they + 2 < before && _diptych_detect_is (ctx, they, "they") &&
              (_diptych_detect_is (ctx, they + 1, "came") || _diptych_detect_is (ctx, they + 1, "arrived")))
            return TRUE;
        }
      /* "defines a massacre as the killing of three or more people", "76
       * massacres — killings of three or more people —": a kind of
       * event, no count of its dead
       */
      if (_diptych_detect_is (ctx, before, "of") && before > first && after + 1 < last &&
          (_diptych_detect_is (ctx, before - 1, "killing") || _diptych_detect_is (ctx, before - 1, "killings")) &&
          _diptych_detect_is (ctx, after, "or") && _diptych_detect_is (ctx, after + 1, "more"))
        return TRUE;
      /* "Mrs Rina Das (42) and her son, Babul (14)": a person's age in
       * brackets after the name
       */
      if (_diptych_detect_is (ctx, before, "(") && before > first && q->start == q->num && q->end == q->num + 1 &&
          after < last && _diptych_detect_is (ctx, after, ")") && detect_key (ctx, before - 1)->upper &&
          detect_key (ctx, before - 1)->kind == DIPTYCH_TOKEN_WORD && !detect_in (ctx, before - 1, LEX_GROUP) &&
          _diptych_detect_is_digits (ctx, q->num) && strlen (detect_lower (ctx, q->num)) <= 2 &&
          before > first + 1 && (detect_key (ctx, before - 2)->upper || _diptych_detect_is (ctx, before - 2, ",")))
        return TRUE;
      /* "Armed Forces Hospital No. 2": a number in a name */
      if (_diptych_detect_is (ctx, before, ".") && before > first && _diptych_detect_is (ctx, before - 1, "no") &&
          detect_key (ctx, before - 1)->upper)
        return TRUE;
      /* "four children under five", "eight of them under 18", "8 of them
       * were under 18": an age
       */
      if (q->start < q->num && _diptych_detect_is (ctx, q->start, "under") &&
          ((detect_in (ctx, before, LEX_GROUP) && detect_value (ctx, before, LEX_GROUP) == DIPTYCH_GROUP_CHILDREN) ||
           (_diptych_detect_is (ctx, before, "them") && before > first + 1 && _diptych_detect_is (ctx, before - 1, "of")) ||
           ((_diptych_detect_is (ctx, before, "were") || _diptych_detect_is (ctx, before, "are") ||
             _diptych_detect_is (ctx, before, "was") || _diptych_detect_is (ctx, before, "is")) &&
            q->end == q->num + 1 && (after >= last || _diptych_detect_is_punct (ctx, after)))))
        return TRUE;
      /* "on 18 October", "October 18"; not "On Monday two people were
       * killed", "On Monday 14 aid workers", "in October 18 people died",
       * whose noun follows
       */
      if (detect_in (ctx, before, LEX_CURRENCY) ||
          (detect_in (ctx, before, LEX_MONTH) && detect_key (ctx, before)->upper &&
           _diptych_detect_is_digits (ctx, q->num) &&
           !detect_ends_with (ctx, before, "day") &&  /* "Monday 14 October" is told by its month */
           !(after < last && (detect_in (ctx, after, LEX_GROUP) || _diptych_detect_is_plural_noun (ctx, after)))) ||
          _diptych_detect_is (ctx, before, "aged") || _diptych_detect_is (ctx, before, "no"))
        return TRUE;
      /* "The prison, built in 1934 for 250 detainees": what it was built
       * to hold
       */
      if (_diptych_detect_is (ctx, before, "for"))
        for (guint k = before; k > first && before - k < 5; k--)
          {
            if (_diptych_detect_is (ctx, k - 1, "built") || _diptych_detect_is (ctx, k - 1, "designed"))
              return TRUE;
            if (_diptych_detect_is_punct (ctx, k - 1))
              break;
          }
      /* "inmates in space for fewer than 10,000", "a capacity of 500":
       * room, not people
       */
      if (before > first && (_diptych_detect_is (ctx, before, "for") || _diptych_detect_is (ctx, before, "of")) &&
          (_diptych_detect_is (ctx, before - 1, "space") || _diptych_detect_is (ctx, before - 1, "room") ||
           _diptych_detect_is (ctx, before - 1, "capacity")))
        return TRUE;
      /* "the Assembly voted 74 to 29": a vote */
      if (_diptych_detect_is (ctx, before, "voted") && !(after < last && detect_in (ctx, after, LEX_GROUP)))
        return TRUE;
      if (before > first && after_age_of (ctx, before))
        return TRUE;
      /* not "two men aged 40 and 12 other people", whose noun follows,
       * nor "19 were men aged 25, five were women", whose group does;
       * but "2 men aged 34 and 52 died" is the men's verb
       */
      if (in_list_of_ages (ctx, first, before) &&
          !(after < last && (detect_in (ctx, after, LEX_GROUP) ||
                             _diptych_detect_is (ctx, after, "other") || _diptych_detect_is (ctx, after, "others") ||
                             _diptych_detect_is (ctx, after, "more") ||
                             _diptych_detect_is_plural_noun (ctx, after) ||
                             _diptych_detect_predicate_group (ctx, after, last, &unused_end) >= 0)))
        return TRUE;
      /* An age: "the youngest of them 14", "the oldest was 82", "The
       * youngest of them was only 19"
       */
      for (guint k = before + 1; k > first && before + 1 - k < 5; k--)
        {
          if (_diptych_detect_is (ctx, k - 1, "youngest") || _diptych_detect_is (ctx, k - 1, "oldest") ||
              _diptych_detect_is (ctx, k - 1, "eldest"))
            return TRUE;
          if (!(_diptych_detect_is (ctx, k - 1, "of") || _diptych_detect_is (ctx, k - 1, "them") ||
                _diptych_detect_is (ctx, k - 1, "whom") || _diptych_detect_is (ctx, k - 1, "was") ||
                _diptych_detect_is (ctx, k - 1, "is") || _diptych_detect_is (ctx, k - 1, "aged") ||
                _diptych_detect_is (ctx, k - 1, "only") || _diptych_detect_is (ctx, k - 1, "just") ||
                _diptych_detect_is (ctx, k - 1, ",")))
            break;
        }
      /* "evacuated to the 7 Division Hospital", "Army Public Relations, 7
       * Division": the number of a unit's name
       */
      if (_diptych_detect_is_digits (ctx, q->num) && q->end == q->num + 1 &&
          after < last && detect_key (ctx, after)->upper && is_unit_name (ctx, after))
        return TRUE;
      /* "Umm Ahmad, 46, who …", "a schoolboy, 16, shot in the neck" */
      if (_diptych_detect_is (ctx, before, ",") && before > first &&
          (detect_key (ctx, before - 1)->upper ||
           (before > first + 1 && detect_in (ctx, before - 1, LEX_GROUP) && !_diptych_detect_is_plural_noun (ctx, before - 1) &&
            (_diptych_detect_is (ctx, before - 2, "a") || _diptych_detect_is (ctx, before - 2, "an")))) &&
          after < last && _diptych_detect_is (ctx, after, ",") && !q->vague && q->end == q->num + 1)
        return TRUE;
      /* "They took my two sons, 17 and 19, and my husband": the ages of
       * people just counted
       */
      if (_diptych_detect_is (ctx, before, ",") && before > first + 1 && _diptych_detect_is_plural_noun (ctx, before - 1) &&
          detect_in (ctx, before - 1, LEX_GROUP) && (detect_key (ctx, before - 2)->quantity ||
                                                     detect_is_possessive_determiner (ctx, before - 2)) &&
          _diptych_detect_is_digits (ctx, q->num) && q->end == q->num + 1 && !q->vague &&
          after + 1 < last && (_diptych_detect_is (ctx, after, "and") || _diptych_detect_is (ctx, after, ",")) &&
          _diptych_detect_is_digits (ctx, after + 1) && strlen (detect_lower (ctx, q->num)) <= 2)
        return TRUE;
      /* "at about 17:30": the minutes of a time */
      if (_diptych_detect_is (ctx, before, ":") && before > first && _diptych_detect_is_digits (ctx, before - 1) &&
          detect_token (ctx, before)->byte_start == detect_token (ctx, before - 1)->byte_end &&
          detect_token (ctx, q->num)->byte_start == detect_token (ctx, before)->byte_end)
        return TRUE;
    }

  if (after < last)
    {
      /* "the 40 body cameras issued to the officers": a thing named
       * after the body
       */
      if (_diptych_detect_is (ctx, after, "body") && after + 1 < last && _diptych_detect_is_plural_noun (ctx, after + 1) &&
          !detect_in (ctx, after + 1, LEX_GROUP))
        return TRUE;
      /* "26, three more than police had reported": a difference */
      if ((_diptych_detect_is (ctx, after, "more") || _diptych_detect_is (ctx, after, "fewer") ||
           _diptych_detect_is (ctx, after, "less")) &&
          _diptych_detect_is (ctx, after + 1, "than"))
        return TRUE;
      /* … a unit, unless it starts a noun of people: "11 cattle
       * rustlers"
       */
      if (_diptych_detect_is (ctx, after, "%") ||
          (_diptych_detect_match (ctx, after, LEX_UNIT, NULL) > 0 && _diptych_detect_match (ctx, after, LEX_GROUP, NULL) < 2) ||
          (detect_in (ctx, after, LEX_MONTH) && detect_key (ctx, after)->upper))
        return TRUE;
      /* "killed on 11 and 12 June", "on 4 or 5 November": the first of
       * two days
       */
      if ((_diptych_detect_is (ctx, after, "and") || _diptych_detect_is (ctx, after, "or")) && after + 2 < last &&
          q->end == q->num + 1 && _diptych_detect_is_digits (ctx, q->num) && detect_key (ctx, q->num)->length <= 2 &&
          _diptych_detect_is_digits (ctx, after + 1) && detect_key (ctx, after + 1)->length <= 2 &&
          detect_in (ctx, after + 2, LEX_MONTH) && detect_key (ctx, after + 2)->upper)
        return TRUE;
      /* "50 million Congolese francs": a unit past the country's name */
      if (after + 1 < last && detect_key (ctx, after)->upper && !detect_in (ctx, after, LEX_GROUP) &&
          _diptych_detect_match (ctx, after + 1, LEX_UNIT, NULL) > 0)
        return TRUE;
      /* "2:30", "10 a.m."; not "had reached 12: 7 members of armed
       * groups", a list after the colon
       */
      if ((_diptych_detect_is (ctx, after, ":") && _diptych_detect_is_digits (ctx, after + 1) &&
           detect_token (ctx, after + 1)->byte_start == detect_token (ctx, after)->byte_end) ||
          ((_diptych_detect_is (ctx, after, "a") || _diptych_detect_is (ctx, after, "p")) &&
           _diptych_detect_is (ctx, after + 1, ".") && _diptych_detect_is (ctx, after + 2, "m")))
        return TRUE;
    }

  /* A number in a name: "Military Zone 20 rounded up the residents",
   * "Resolution 2254 and"; not "on Sunday 14 people died", whose noun
   * follows it, nor "… and the National Hospital 19," at a clause's end,
   * nor "On 18 October two aid workers", after a date, nor "Lubondaie
   * 9,300 and Kamuandu …", a count with its thousands apart, which no
   * name has; but "K 300,000", money; nor "“All 14 were killed", the
   * capital of a quotation's first word
   */
  if (before != G_MAXUINT && before > first && detect_key (ctx, before)->upper && after < last &&
      !_diptych_detect_is_quote (ctx, before - 1) &&
      !_diptych_detect_is_punct (ctx, after) && !detect_in (ctx, before, LEX_MONTH) &&
      (strchr (detect_lower (ctx, q->num), ',') == NULL || detect_lower (ctx, before)[1] == '\0') &&
      !(detect_in (ctx, after, LEX_GROUP) || _diptych_detect_is_plural_noun (ctx, after) ||
        _diptych_detect_is (ctx, after, "other") || _diptych_detect_is (ctx, after, "others") ||
        _diptych_detect_is (ctx, after, "more")))
    return TRUE;

  if (q->end == q->num + 1 && after + 2 < last && one_of_the_most (ctx, q->num))
    return TRUE;

  if (_diptych_detect_is_determiner_one (ctx, q, first, last))
    return TRUE;
  /* "Not one of them is a bandit": none */
  if (before != G_MAXUINT && _diptych_detect_is (ctx, before, "not") && _diptych_detect_is (ctx, q->num, "one"))
    return TRUE;

  /* A phone number: "0800 555 123", "01713-488777"; not "since 2021 at
   * least 19 civilians", a year before the qualifier
   */
  if ((_diptych_detect_is_digits (ctx, q->num) && detect_lower (ctx, q->num)[0] == '0' &&
       detect_lower (ctx, q->num)[1] != '\0' &&
       g_ascii_isdigit (detect_lower (ctx, q->num)[1])) ||
      (before != G_MAXUINT && _diptych_detect_is_digits (ctx, before) && _diptych_detect_is_digits (ctx, q->num) &&
       !q->range && before + 1 == q->num) ||
      (after < last && _diptych_detect_is_digits (ctx, after)))
    return TRUE;

  /* A ratio: "1 in 5 of the dead", "one in three children"; not
   * "wounding 30 in one attack", "dozens in two villages"
   */
  if ((after + 1 < last && _diptych_detect_is (ctx, after, "in") && !q->vague &&
       is_ratio (ctx, q->num, after + 1)) ||
      (before != G_MAXUINT && before > first && _diptych_detect_is (ctx, before, "in") &&
       is_ratio (ctx, before - 1, q->num)))
    return TRUE;

  /* A year: "since 2017", "in April 2023"; or years: "between 1980
   * and 2000"
   */
  if ((q->end == q->num + 1 && is_year (ctx, q->num)) ||
      (q->range && q->low_end == q->num + 1 && q->high + 1 == q->end && is_year (ctx, q->num) &&
       is_year (ctx, q->high)))
    return !(after < last && detect_in (ctx, after, LEX_GROUP));
  return FALSE;
}

/* What the parser read of a quantity's words. It reads words, and a
 * run of ASCII tokens gives the same words wherever it is, so it is
 * asked once for each run: "two dozen", "at least". A whole number in
 * digits reads the same after the same words, as the number or unset:
 * "at least 37" is read once for all numbers.
 */
typedef struct
{
  guint32          keys[MAX_READ_TOKENS];
  guint            n_keys;
  guint            whole : 1;  /* after the keys, a whole number */
  guint            range : 1;  /* q->range, at these offsets: */
  guint            low_end;
  guint            high;
  DiptychQualifier qualifier;
  gint64           value;      /* of a whole number: 1 when it is the number, else 0 */
  gint64           low;
  gint64           high_value;
} Reading;

#define MAX_READINGS 256

/**
 * _diptych_detect_readings_new:
 *
 * Returns: an empty array of the parser's readings, which
 *   _diptych_detect_read_structure() fills
 */
GArray *
_diptych_detect_readings_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (Reading));
}

/* The value of a quantity's number when it is a whole number in digits
 * alone, its only token with a digit: "37", "1,500". The parser keeps a
 * comma between digits in the number's word and reads it as nothing.
 */
gboolean
_diptych_detect_whole_number (DetectContext  *ctx,
                              const Quantity *q,
                              gint64         *value)
{
  const DetectToken *token = detect_token (ctx, q->num);
  const char *text = ctx->contents + token->byte_start;
  guint32 length = token->byte_end - token->byte_start;

  if (q->range || q->end != q->num + 1 || length > 12)
    return FALSE;
  *value = 0;
  for (guint32 b = 0; b < length; b++)
    {
      if (g_ascii_isdigit (text[b]))
        *value = *value * 10 + (text[b] - '0');
      else if (text[b] != ',' || b == 0 || b + 1 == length || !g_ascii_isdigit (text[b - 1]) ||
               !g_ascii_isdigit (text[b + 1]))
        return FALSE;
    }
  return TRUE;
}

/* Whether token @k's text is its key's, ASCII without digits: the
 * parser then reads the same word wherever the key is.
 */
static gboolean
is_plain (DetectContext *ctx,
          guint          k)
{
  const DetectToken *token = detect_token (ctx, k);
  const char *text = ctx->contents + token->byte_start;
  const char *folded = detect_key (ctx, k)->folded;
  guint32 length = token->byte_end - token->byte_start;

  for (guint32 b = 0; b < length; b++)
    if (folded[b] == '\0' || text[b] != folded[b] || (guchar)folded[b] >= 0x80 ||
        g_ascii_isdigit (folded[b]))
      return FALSE;
  return folded[length] == '\0';
}

/* The run of tokens from @first to @last as a reading's key, if it can
 * be one: few plain tokens.
 */
static gboolean
reading_of (DetectContext  *ctx,
            const Quantity *q,
            guint           first,
            guint           last,
            Reading        *reading)
{
  memset (reading, 0, sizeof *reading);
  if (last - first > MAX_READ_TOKENS)
    return FALSE;
  for (guint k = first; k < last; k++)
    {
      if (!is_plain (ctx, k))
        return FALSE;
      reading->keys[reading->n_keys++] = detect_token (ctx, k)->key;
    }
  reading->range = q->range;
  reading->low_end = q->range ? q->low_end - first : 0;
  reading->high = q->range ? q->high - first : 0;
  return TRUE;
}

static gboolean
same_keys (const Reading *a,
           const Reading *b)
{
  if (a->n_keys != b->n_keys)
    return FALSE;
  for (guint k = 0; k < a->n_keys; k++)
    if (a->keys[k] != b->keys[k])
      return FALSE;
  return TRUE;
}

static const Reading *
find_reading (GArray        *readings,
              const Reading *want)
{
  for (guint r = 0; r < readings->len; r++)
    {
      const Reading *known = &g_array_index (readings, Reading, r);

      if (known->whole == want->whole && known->range == want->range &&
          known->low_end == want->low_end && known->high == want->high && same_keys (known, want))
        return known;
    }
  return NULL;
}

/* The value, bounds and qualifier, from the casualty parser. */
void
_diptych_detect_read_structure (DetectContext  *ctx,
                                GArray         *readings,
                                const Quantity *q,
                                DetectItem     *item)
{
  const DetectToken *first = detect_token (ctx, q->start);
  const DetectToken *last = detect_token (ctx, q->end - 1);
  const char *raw = g_string_chunk_insert_len (ctx->strings, ctx->contents + first->byte_start,
                                               last->byte_end - first->byte_start);
  g_autofree char *phrase = NULL;
  DiptychCasualty *c = &item->casualty;
  const Reading *known;
  Reading reading;
  gint64 value = 0;
  gboolean cached = FALSE;

  memset (c, 0, sizeof *c);
  c->outcome = DIPTYCH_OUTCOME_UNSTATED;
  c->group = DIPTYCH_GROUP_PEOPLE;

  /* A vague amount's numbers are its own: the parser's are not wanted. */
  if (q->vague)
    {
      c->qualifier = DIPTYCH_QUALIFIER_VAGUE;
      c->value = DIPTYCH_NO_NUMBER;
      c->low = q->vague_low;
      c->high = DIPTYCH_NO_NUMBER;
      c->raw = (char *)raw;
      return;
    }

  if (_diptych_detect_whole_number (ctx, q, &value) &&
      reading_of (ctx, q, q->start, q->num, &reading))
    {
      reading.whole = TRUE;
      cached = TRUE;
    }
  else if (reading_of (ctx, q, q->start, q->end, &reading))
    cached = TRUE;

  if (cached && (known = find_reading (readings, &reading)) != NULL)
    {
      c->qualifier = known->qualifier;
      c->value = !known->whole ? known->value : known->value ? value : DIPTYCH_NO_NUMBER;
      c->low = !known->whole ? known->low : known->low ? value : DIPTYCH_NO_NUMBER;
      c->high = !known->whole ? known->high_value : known->high_value ? value : DIPTYCH_NO_NUMBER;
      c->raw = (char *)raw;
      return;
    }

  if (q->range && q->high > 0)
    {
      /* "10–15" and "two or three" as the parser reads a range */
      const DetectToken *low_end = detect_token (ctx, q->low_end - 1);
      const DetectToken *high = detect_token (ctx, q->high);
      const DetectToken *num = detect_token (ctx, q->num);
      g_autofree char *low_words = g_strndup (ctx->contents + num->byte_start,
                                              low_end->byte_end - num->byte_start);
      g_autofree char *high_words = g_strndup (ctx->contents + high->byte_start,
                                               last->byte_end - high->byte_start);

      phrase = g_strconcat (low_words, " to ", high_words, NULL);
    }

  diptych_casualty_read_amount (phrase != NULL ? phrase : raw, c);
  c->raw = (char *)raw;

  if (!cached || readings->len >= MAX_READINGS)
    return;
  reading.qualifier = c->qualifier;
  if (reading.whole)
    {
      g_autofree char *words = g_strndup (ctx->contents + first->byte_start,
                                          detect_token (ctx, q->num)->byte_start - first->byte_start);
      DiptychCasualty alone;

      /* The words are the same for every number only when they read as
       * no number themselves ("at least", not "twenty"). A vague word
       * among them ("as many as") is read only when there is no number.
       */
      if ((diptych_casualty_read_amount (words, &alone) &&
           alone.qualifier != DIPTYCH_QUALIFIER_VAGUE) ||
          (c->value != value && c->value != DIPTYCH_NO_NUMBER) ||
          (c->low != value && c->low != DIPTYCH_NO_NUMBER) ||
          (c->high != value && c->high != DIPTYCH_NO_NUMBER))
        return;
      reading.value = c->value == value;
      reading.low = c->low == value;
      reading.high_value = c->high == value;
    }
  else
    {
      reading.value = c->value;
      reading.low = c->low;
      reading.high_value = c->high;
    }
  g_array_append_val (readings, reading);
}
