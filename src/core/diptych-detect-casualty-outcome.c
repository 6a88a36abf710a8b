/* diptych-detect-casualty-outcome.c: what happened to the people a
 * casualty figure counts, from the words of its clause
 *
 * The outcome words of the lists, and phrases they do not hold ("lost a
 * leg", "had left their villages", "taken to the provincial hospital",
 * "feared trapped"): after a figure up to its clause's end, past an aside
 * ("80 people were wounded", "300 residents who had fled"); before it
 * ("forced 30,000 villagers to flee", "along with 12 others"); in a toll
 * ("raising the death toll to 39"). And the words that say the figure's
 * people did it ("five militants killed two soldiers"), got away
 * ("escaped", "were released") or may be things ("captured").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-detect"

#include "config.h"

#include <string.h>

#include "diptych-detect-casualty-private.h"

/* How far after a figure its outcome may be: "300 residents who had
 * fled", "600 residents of neighboring buildings had been forced from
 * their homes".
 */
#define AFTER_WINDOW 10
/* … and after a relative clause that describes them: "Two civilians who
 * were passing the checkpoint at the time of the explosion sustained
 * minor injuries".
 */
#define RELATIVE_WINDOW 20
/* How long an aside between a figure and its verb may be: "Six men,
 * including two police officers who had been on duty at the gate, were
 * taken into custody".
 */
#define ASIDE_WINDOW 20
/* How far before "to 39" the toll may be named; further only when the
 * toll begins the sentence, across a phrase with no mark but a hyphen:
 * "The number of people killed by a missile strike on a nine-storey
 * apartment block in the north-eastern city of Kharkiv has risen to 14".
 */
#define TOLL_WINDOW 12
#define TOLL_WINDOW_LONG 32

/* How many tokens from the "lost" at @i say that people were maimed:
 * "had lost limbs", "lost a leg", "lost their sight"; or 0.
 */
static guint
lost_body_part (DetectContext *ctx,
                guint          i)
{
  guint k = i + 1;

  if (_diptych_detect_is_article (ctx, k) ||
      _diptych_detect_is (ctx, k, "their") || _diptych_detect_is (ctx, k, "his") ||
      _diptych_detect_is (ctx, k, "her") || _diptych_detect_is (ctx, k, "both") ||
      _diptych_detect_is (ctx, k, "one"))
    k++;
  return k < ctx->n_tokens && detect_figure_word (ctx, k, FIGURE_WORD_BODY_PART) ? k + 1 - i : 0;
}

/* Whether a token stands at @k on the line of the one before it. */
static gboolean
on_line (DetectContext *ctx,
         guint          k)
{
  return k < ctx->n_tokens && !detect_line_before (ctx, k);
}

/* Whether "held" at @i says that the people right before it are held,
 * with no object after it: "1,150 people held, including 340 children",
 * "the scores of people held since last week's riots", "Hundreds held as
 * police sweep Maun", "23 held over mob killings", "Twenty-seven others
 * were held on judicial warrants", "fewer than 100 people are held,";
 * not "300 people held a vigil", "a jirga of over 200 elders held at
 * Bara", where the meeting was, "held over two days", "held on to the
 * railings", nor "funerals for six of the victims were held on Monday".
 */
static gboolean
held_after_people (DetectContext *ctx,
                   guint          i)
{
  guint next = i + 1;

  if (!_diptych_detect_is (ctx, i, "held") || i == 0 || detect_line_before (ctx, i))
    return FALSE;
  if (!(detect_in (ctx, i - 1, LEX_GROUP) || detect_in (ctx, i - 1, LEX_VAGUE) || detect_key (ctx, i - 1)->digits ||
        (i > 1 && !detect_line_before (ctx, i - 1) &&
         (_diptych_detect_is (ctx, i - 1, "were") || _diptych_detect_is (ctx, i - 1, "was") ||
          _diptych_detect_is (ctx, i - 1, "are")) &&
         (_diptych_detect_is (ctx, i - 2, "others") || detect_key (ctx, i - 2)->digits ||
          detect_key (ctx, i - 2)->number_word || detect_in (ctx, i - 2, LEX_GROUP)))))
    return FALSE;
  if (!on_line (ctx, next) || _diptych_detect_is_punct (ctx, next))
    return TRUE;
  if (_diptych_detect_is (ctx, next, "on"))
    return !(on_line (ctx, next + 1) && _diptych_detect_is (ctx, next + 1, "to"));
  if (_diptych_detect_is (ctx, next, "over"))
    return on_line (ctx, next + 1) && !detect_key (ctx, next + 1)->quantity &&
           !(on_line (ctx, next + 2) && detect_in (ctx, next + 2, LEX_TIME));
  /* … "Dozens dead and hundreds held after army raids" */
  return _diptych_detect_is (ctx, next, "by") || _diptych_detect_is (ctx, next, "since") ||
         _diptych_detect_is (ctx, next, "after") ||
         _diptych_detect_is (ctx, next, "as") || _diptych_detect_is (ctx, next, "inside") ||
         _diptych_detect_is (ctx, next, "and") || _diptych_detect_is (ctx, next, "without") ||
         _diptych_detect_is (ctx, next, "incommunicado") || _diptych_detect_is (ctx, next, "overnight");
}

/* Whether the words from @i name a prison: "other prisons", "the
 * central jail".
 */
static gboolean
moved_to_prison (DetectContext *ctx,
                 guint          i)
{
  for (guint k = i; on_line (ctx, k) && k < i + 3; k++)
    {
      if (_diptych_detect_is (ctx, k, "prison") || _diptych_detect_is (ctx, k, "prisons") ||
          _diptych_detect_is (ctx, k, "jail") || _diptych_detect_is (ctx, k, "jails"))
        return TRUE;
      if (_diptych_detect_is_punct (ctx, k))
        break;
    }
  return FALSE;
}

/* Whether the plural noun that ends at @i names armed men: "rebels",
 * "militants"; not "two terrorist bases".
 */
static gboolean
armed_noun_before (DetectContext *ctx,
                   guint          i)
{
  const DetectEntry *entry = NULL;

  return _diptych_detect_match_before (ctx, i, i >= 3 ? i - 3 : 0, LEX_GROUP, &entry) > 0 &&
         (entry->value == DIPTYCH_GROUP_FIGHTERS || entry->value == DIPTYCH_GROUP_SOLDIERS) &&
         detect_ends_with (ctx, i - 1, "s");
}

/* Whether "destroyed" at @i says, as a military's communiqué does, that
 * the armed men before it were killed: "140 rebels were “destroyed”";
 * the object ("destroyed up to 60 militants") is read with the figure.
 */
static gboolean
destroyed_armed_men (DetectContext *ctx,
                     guint          i)
{
  guint k = i;

  while (k > 0 && !detect_line_before (ctx, k) && _diptych_detect_is_quote (ctx, k - 1))
    k--;
  if (k < 3 || detect_line_before (ctx, k) || detect_line_before (ctx, k - 1) ||
      !(_diptych_detect_is (ctx, k - 1, "were") || _diptych_detect_is (ctx, k - 1, "been")))
    return FALSE;
  k--;
  if (_diptych_detect_is (ctx, k, "been") && (_diptych_detect_is (ctx, k - 1, "had") || _diptych_detect_is (ctx, k - 1, "have")))
    k--;
  return !detect_line_before (ctx, k) && k >= 1 && armed_noun_before (ctx, k);
}

/**
 * _diptych_detect_still_looking:
 * @i: the "looking" of "looking for"
 *
 * Whether the searchers say they are "still looking for" people, or "we
 * are looking for": the missing, not suspects the police hunt.
 */
gboolean
_diptych_detect_still_looking (DetectContext *ctx,
                               guint          i)
{
  return i >= 2 && (_diptych_detect_is (ctx, i - 1, "still") ||
                    (_diptych_detect_is (ctx, i - 2, "we") && _diptych_detect_is (ctx, i - 1, "are")));
}

/* The outcome that the words from @i name, with how many they are in
 * @n: an entry of the outcome list, or "lost a leg"; else -1.
 */
gint
_diptych_detect_match_outcome (DetectContext *ctx,
                               guint          i,
                               guint         *n)
{
  const DetectEntry *entry = NULL;
  guint maimed;

  *n = _diptych_detect_match (ctx, i, LEX_OUTCOME, &entry);
  /* "had received death threats", "faces the death penalty": no death;
   * the next word on the line only, as a part may start at the next
   */
  if (*n == 1 && _diptych_detect_is (ctx, i, "death") && i + 1 < ctx->n_tokens && !detect_line_before (ctx, i + 1) &&
      (_diptych_detect_is (ctx, i + 1, "threats") || _diptych_detect_is (ctx, i + 1, "threat") ||
       _diptych_detect_is (ctx, i + 1, "penalty") || _diptych_detect_is (ctx, i + 1, "sentence") ||
       _diptych_detect_is (ctx, i + 1, "sentences") || _diptych_detect_is (ctx, i + 1, "row") ||
       _diptych_detect_is (ctx, i + 1, "squad") || _diptych_detect_is (ctx, i + 1, "squads")))
    {
      *n = 0;
      return -1;
    }
  /* "We are still looking for 15 people", "we are looking for 312
   * people": those sought by the searchers, counted right after; not
   * "30 families came to his office looking for relatives", nor "police
   * were looking for 15-20 people identified from video footage"
   */
  if (*n == 2 && _diptych_detect_is (ctx, i, "looking") &&
      !(i + 2 < ctx->n_tokens && detect_key (ctx, i + 2)->quantity &&
        !_diptych_detect_is (ctx, i + 2, "a") && !_diptych_detect_is (ctx, i + 2, "an") &&
        _diptych_detect_still_looking (ctx, i)))
    {
      *n = 0;
      return -1;
    }
  /* "51 arrest warrants": a noun of papers */
  if (*n == 1 && _diptych_detect_is (ctx, i, "arrest") && i + 1 < ctx->n_tokens && !detect_line_before (ctx, i + 1) &&
      (_diptych_detect_is (ctx, i + 1, "warrants") || _diptych_detect_is (ctx, i + 1, "warrant") ||
       _diptych_detect_is (ctx, i + 1, "orders") || _diptych_detect_is (ctx, i + 1, "order")))
    {
      *n = 0;
      return -1;
    }
  if (*n == 0 && (_diptych_detect_is (ctx, i, "destroyed") || _diptych_detect_is (ctx, i, "destroying")) &&
      destroyed_armed_men (ctx, i))
    {
      *n = 1;
      return DIPTYCH_OUTCOME_KILLED;
    }
  if (*n == 0 && held_after_people (ctx, i))
    {
      *n = 1;
      return DIPTYCH_OUTCOME_DETAINED;
    }
  /* "230 inmates had been moved to other prisons": held still, not
   * displaced
   */
  if (*n == 2 && _diptych_detect_is (ctx, i, "moved") && moved_to_prison (ctx, i + 2))
    {
      *n = 0;
      return -1;
    }
  /* "two officers were stabbed", "I saw two young men stabbed", "several
   * people were trampled": hurt; not "one of them stabbed as he tried
   * to stop looters" among the dead, nor "shot or stabbed", which tell
   * how, not what came of it
   */
  if (*n == 1 && (_diptych_detect_is (ctx, i, "stabbed") || _diptych_detect_is (ctx, i, "trampled")) &&
      !(i > 0 && !detect_line_before (ctx, i) &&
        (detect_in (ctx, i - 1, LEX_AUXILIARY) || detect_in (ctx, i - 1, LEX_GROUP)) &&
        /* … nor "10 deaths, including three children who were trampled" */
        !(i > 1 && _diptych_detect_is (ctx, i - 2, "who"))))
    {
      *n = 0;
      return -1;
    }
  /* … nor "were sentenced to death" */
  if (*n == 1 && _diptych_detect_is (ctx, i, "death") && i > 1 && !detect_line_before (ctx, i) &&
      !detect_line_before (ctx, i - 1) && _diptych_detect_is (ctx, i - 1, "to") &&
      (_diptych_detect_is (ctx, i - 2, "sentenced") || _diptych_detect_is (ctx, i - 2, "condemned")))
    {
      *n = 0;
      return -1;
    }
  if (*n == 1 && (_diptych_detect_is (ctx, i, "lost") || _diptych_detect_is (ctx, i, "losing")) &&
      (maimed = lost_body_part (ctx, i)) > 0)
    {
      *n = maimed;
      return DIPTYCH_OUTCOME_INJURED;
    }
  /* "in the bandits' custody", "in police custody", "in their custody":
   * held, whoever holds them
   */
  if (*n == 0 && _diptych_detect_is (ctx, i, "in"))
    /* on the line: a part may start at the next */
    for (guint k = i + 1; k < ctx->n_tokens && k < i + 5 && !detect_line_before (ctx, k); k++)
      {
        if (_diptych_detect_is (ctx, k, "custody"))
          {
            if (k == i + 1)
              break;
            *n = k + 1 - i;
            return DIPTYCH_OUTCOME_DETAINED;
          }
        if ((_diptych_detect_is_punct (ctx, k) && !_diptych_detect_is_apostrophe (ctx, k)) ||
            (detect_in (ctx, k, LEX_FUNCTION) && !_diptych_detect_is (ctx, k, "the") &&
             !detect_is_possessive_determiner (ctx, k)))
          break;
      }
  return *n > 0 ? (gint)entry->value : -1;
}

/* Whether a noun phrase starts at @i: the object of an active verb. */
gboolean
_diptych_detect_is_object_start (DetectContext *ctx,
                                 guint          i,
                                 guint          last)
{
  Quantity q;
  guint n;

  /* "killing “more than 120 rebels”" */
  while (i < last && _diptych_detect_is_quote (ctx, i))
    i++;
  /* a qualifier qualifies a number: "wounded over the same period",
   * "killed around the city" have no object
   */
  /* … but not "dead between 1980 and 2000": years */
  if ((n = _diptych_detect_match (ctx, i, LEX_QUALIFIER, NULL)) > 0)
    return _diptych_detect_read_quantity (ctx, i + n, i + n, last, &q) &&
           !_diptych_detect_is_not_people (ctx, &q, i, last);
  /* … "killed another man" */
  if (_diptych_detect_is (ctx, i, "the") || _diptych_detect_is (ctx, i, "a") ||
      _diptych_detect_is (ctx, i, "an") || _diptych_detect_is (ctx, i, "another") ||
      detect_is_possessive_determiner (ctx, i) || detect_in (ctx, i, LEX_GROUP))
    return TRUE;
  return _diptych_detect_read_quantity (ctx, i, i, last, &q);
}

/* Whether the outcome word that ends at @i is a noun, which takes no
 * object: "injuries", "wounds", "deaths" (not "kills").
 */
static gboolean
is_outcome_noun (DetectContext *ctx,
                 guint          i)
{
  return detect_ends_with (ctx, i, "s") && !_diptych_detect_is (ctx, i, "kills");
}

/* Whether the verb at @i is a passive's: "were killed", "had been
 * abducted".
 */
static gboolean
is_passive (DetectContext *ctx,
            guint          from,
            guint          i)
{
  /* not "are burying their dead": what they do */
  if (detect_ends_with (ctx, i, "ing"))
    return FALSE;
  return i > from && (_diptych_detect_is (ctx, i - 1, "were") || _diptych_detect_is (ctx, i - 1, "was") ||
                      _diptych_detect_is (ctx, i - 1, "been") || _diptych_detect_is (ctx, i - 1, "being") ||
                      _diptych_detect_is (ctx, i - 1, "are") || _diptych_detect_is (ctx, i - 1, "is") ||
                      _diptych_detect_is (ctx, i - 1, "be"));
}

/* Whether the words from @i name a time, not an object: "a day after",
 * "the same day", "the previous night", "two weeks ago", "between 6 and
 * 12 May".
 */
gboolean
_diptych_detect_names_a_time (DetectContext *ctx,
                              guint          i,
                              guint          last)
{
  for (guint k = i; k < last && k < i + 3; k++)
    {
      if (detect_in (ctx, k, LEX_TIME))
        return TRUE;
      if (_diptych_detect_is_punct (ctx, k))
        break;
    }
  /* "between 6 and 12 May", "on 3 June", "from 6 to 12 May": a date */
  for (guint k = i; k < last && k < i + 6; k++)
    {
      if (detect_in (ctx, k, LEX_MONTH))
        return k > i;
      if (!(_diptych_detect_is_digits (ctx, k) || _diptych_detect_is (ctx, k, "between") ||
            _diptych_detect_is (ctx, k, "and") || _diptych_detect_is (ctx, k, "from") ||
            _diptych_detect_is (ctx, k, "to") || _diptych_detect_is (ctx, k, "on")))
        break;
    }
  return FALSE;
}

/* Whether an outcome word from @from to @to may be done to things:
 * "captured", "lost" (not "lost their lives"), "buried", "wiped out",
 * "moved to", "crossed".
 */
gboolean
_diptych_detect_verb_of_things (DetectContext *ctx,
                                guint          from,
                                guint          to)
{
  for (guint k = from; k < to; k++)
    {
      if (_diptych_detect_is (ctx, k, "captured") || _diptych_detect_is (ctx, k, "capturing") ||
          _diptych_detect_is (ctx, k, "buried") || _diptych_detect_is (ctx, k, "seized") ||
          /* "destroying 97 hideouts and seizing large quantities" */
          _diptych_detect_is (ctx, k, "seizing") ||
          _diptych_detect_is (ctx, k, "recaptured") || _diptych_detect_is (ctx, k, "annihilated") ||
          _diptych_detect_is (ctx, k, "wiped") || _diptych_detect_is (ctx, k, "moved") ||
          /* "11 rockets had crossed from Lebanon" */
          _diptych_detect_is (ctx, k, "crossed"))
        return TRUE;
      if ((_diptych_detect_is (ctx, k, "lost") || _diptych_detect_is (ctx, k, "losing")) &&
          !(_diptych_detect_is (ctx, k + 1, "their") || _diptych_detect_is (ctx, k + 1, "his") ||
            _diptych_detect_is (ctx, k + 1, "her")))
        return TRUE;
    }
  return FALSE;
}

/* A home, or with @camps also a camp. */
static gboolean
is_home (DetectContext *ctx,
         guint          k,
         gboolean       camps)
{
  return detect_figure_word (ctx, k, FIGURE_WORD_HOME) || (camps && detect_figure_word (ctx, k, FIGURE_WORD_CAMP));
}

/* Where the homes named from @k end: "their villages", "neighbouring
 * hamlets", and with @camps "the camp"; or 0.
 */
static guint
homes_end (DetectContext *ctx,
           guint          k,
           guint          last,
           gboolean       camps)
{
  guint names_end;

  if (_diptych_detect_is (ctx, k, "their") || _diptych_detect_is (ctx, k, "the"))
    k++;
  /* "from at least 22 hamlets": how many */
  else if (k < last)
    {
      guint n = _diptych_detect_match (ctx, k, LEX_QUALIFIER, NULL);

      if (k + n < last && (detect_key (ctx, k + n)->digits || detect_key (ctx, k + n)->number_word))
        k += n + 1;
    }
  /* whose: "the town's upper quarter", "the region's frontline districts" */
  if (k + 1 < last && detect_key (ctx, k)->possessive)
    k++;
  /* places' names: "the Hawelti and Adi Haki areas" */
  for (names_end = k; names_end < last && names_end < k + 6 &&
                      (detect_key (ctx, names_end)->upper ||
                       (names_end > k && _diptych_detect_is (ctx, names_end, "and")));
       names_end++)
    ;
  if (names_end > k && names_end < last && is_home (ctx, names_end, camps))
    return names_end + 1;
  /* a describing word: "border villages", "relatives' homes" */
  if (k + 1 < last && !is_home (ctx, k, camps) && !_diptych_detect_is_punct (ctx, k) &&
      !detect_in (ctx, k, LEX_FUNCTION))
    {
      k++;
      if (k + 1 < last && _diptych_detect_is_apostrophe (ctx, k))
        k++;
    }
  return k < last && is_home (ctx, k, camps) ? k + 1 : 0;
}

/* How many tokens from @i on say that people left their homes, which
 * displaces them: "had left border villages", "have left their
 * villages", "had left for villages inland", "had left the camp", "have
 * abandoned their villages", "had abandoned Machoca", "have deserted the
 * town"; or 0.
 */
static guint
left_homes (DetectContext *ctx,
            guint          i,
            guint          last)
{
  guint k = i + 1, end;

  if (!_diptych_detect_is (ctx, i, "left") && !_diptych_detect_is (ctx, i, "abandoned") &&
      !_diptych_detect_is (ctx, i, "deserted"))
    return 0;
  /* "found 3,000 rounds in an abandoned house": a word that describes
   * the house, not a verb
   */
  if (i > 0 && (_diptych_detect_is (ctx, i - 1, "an") || _diptych_detect_is (ctx, i - 1, "a") ||
                _diptych_detect_is (ctx, i - 1, "the")))
    return 0;
  if (_diptych_detect_is (ctx, i, "left") && _diptych_detect_is (ctx, k, "for"))
    {
      /* "had left for relatives in Tbilisi" */
      if (k + 1 < last && _diptych_detect_is (ctx, k + 1, "relatives") &&
          !(k + 2 < last && _diptych_detect_is_apostrophe (ctx, k + 2)))  /* "relatives' homes" is told below */
        return k + 2 - i;
      k++;
    }
  /* "have left Las Anod", "had left for Thall and Hangu", "had abandoned
   * Machoca": a place's name, maybe told as nearby or by its part ("have
   * left neighbouring Lo de Fuentes", "have left western Oromia")
   */
  if (k + 1 < last && (_diptych_detect_is (ctx, k, "neighbouring") || _diptych_detect_is (ctx, k, "neighboring") ||
                       _diptych_detect_is (ctx, k, "nearby") || _diptych_detect_is (ctx, k, "western") ||
                       _diptych_detect_is (ctx, k, "eastern") || _diptych_detect_is (ctx, k, "northern") ||
                       _diptych_detect_is (ctx, k, "southern") || _diptych_detect_is (ctx, k, "central")) &&
      detect_key (ctx, k + 1)->upper)
    k++;
  /* … not a month, but "have left Mar Elias", a name that starts with
   * one
   */
  if (k < last && detect_key (ctx, k)->upper && !detect_key (ctx, k)->all_upper &&
      (!detect_in (ctx, k, LEX_MONTH) ||
       (k + 1 < last && detect_key (ctx, k + 1)->upper && detect_key (ctx, k + 1)->kind == DIPTYCH_TOKEN_WORD)))
    {
      while (k < last && detect_key (ctx, k)->upper)
        k++;
      return k - i;
    }
  /* "have abandoned the camps", "had left the camp": a camp too */
  end = homes_end (ctx, k, last, !_diptych_detect_is (ctx, i, "deserted"));
  /* "families have left their farms", but "300 farmers had abandoned
   * their farms" stopped working them
   */
  if (end > 0 && _diptych_detect_is (ctx, end - 1, "farms"))
    for (guint f = i > 6 ? i - 6 : 0; f < i; f++)
      if (_diptych_detect_is (ctx, f, "farmers"))
        return 0;
  return end > 0 ? end - i : 0;
}

/**
 * _diptych_detect_driven_from:
 * @verb: the word before a figure's number
 * @from: the word after its head
 *
 * Where the words that say people were driven from their homes end, when
 * the verb before the figure drives them and the words after it say from
 * where: "have driven as many as 4,000 people from villages around
 * Pinlebu", "forced 4,000 people from the camp", "drove 300 families from
 * Déou", "forced an estimated 3,400 people from at least 22 hamlets"; or 0.
 */
guint
_diptych_detect_driven_from (DetectContext *ctx,
                             guint          verb,
                             guint          from,
                             guint          last)
{
  guint k = from + 1, end;

  /* … and a headline's present: "Clan fighting drives thousands from
   * villages", "wave of abductions drives thousands into makeshift camps"
   */
  if (!(_diptych_detect_is (ctx, verb, "driven") || _diptych_detect_is (ctx, verb, "drove") ||
        _diptych_detect_is (ctx, verb, "drives") || _diptych_detect_is (ctx, verb, "drive") ||
        _diptych_detect_is (ctx, verb, "forced") ||
        _diptych_detect_is (ctx, verb, "chased") || _diptych_detect_is (ctx, verb, "expelled")) ||
      from + 1 >= last)
    return 0;
  /* "driven more than 15,000 people south towards the Angolan border",
   * "drive thousands towards Angola's border": on the road away
   */
  if (!_diptych_detect_is (ctx, verb, "forced") && from + 1 < last &&
      (_diptych_detect_is (ctx, from, "south") || _diptych_detect_is (ctx, from, "north") ||
       _diptych_detect_is (ctx, from, "east") || _diptych_detect_is (ctx, from, "west")))
    from++;
  if (!_diptych_detect_is (ctx, verb, "forced") &&
      (_diptych_detect_is (ctx, from, "towards") || _diptych_detect_is (ctx, from, "toward") ||
       _diptych_detect_is (ctx, from, "across")))
    {
      for (k = from + 1; k < last && k < from + 6 && !_diptych_detect_is_punct (ctx, k) &&
                         !(k > from + 1 && detect_in (ctx, k, LEX_FUNCTION));
           k++)
        ;
      return k > from + 1 ? k : 0;
    }
  /* "were forced out of the Merisiers estate" */
  if (_diptych_detect_is (ctx, from, "out") && _diptych_detect_is (ctx, from + 1, "of") && from + 2 < last)
    k = from + 2;
  /* "drives thousands into makeshift camps": to where the displaced go */
  else if (_diptych_detect_is (ctx, from, "into") && !_diptych_detect_is (ctx, verb, "forced"))
    {
      /* … "has driven an estimated 3,500 people into Lokori" */
      if (from + 1 < last && detect_key (ctx, from + 1)->upper && !detect_in (ctx, from + 1, LEX_FUNCTION) &&
          (from + 2 >= last || _diptych_detect_is_punct (ctx, from + 2) || detect_in (ctx, from + 2, LEX_FUNCTION)))
        return from + 2;
      for (guint c = from + 1; c < last && c < from + 4 && !_diptych_detect_is_punct (ctx, c); c++)
        if (_diptych_detect_is (ctx, c, "camps") || _diptych_detect_is (ctx, c, "camp") ||
            _diptych_detect_is (ctx, c, "exile") || _diptych_detect_is (ctx, c, "hiding"))
          return c + 1;
      return 0;
    }
  else if (!_diptych_detect_is (ctx, from, "from"))
    return 0;
  /* a place's name: "from Déou" */
  if (detect_key (ctx, k)->upper && !detect_in (ctx, k, LEX_MONTH))
    {
      while (k < last && detect_key (ctx, k)->upper)
        k++;
      return k;
    }
  end = homes_end (ctx, k, last, TRUE);
  return end;
}

/* Whether a time follows from @i: "in the past month", "over the
 * weekend", "since Saturday", "last week".
 */
static gboolean
time_follows (DetectContext *ctx,
              guint          i,
              guint          last)
{
  /* "so far" */
  if (i + 1 < last && _diptych_detect_is (ctx, i, "so") && _diptych_detect_is (ctx, i + 1, "far"))
    return TRUE;
  if (i >= last ||
      !(_diptych_detect_is (ctx, i, "in") || _diptych_detect_is (ctx, i, "over") ||
        _diptych_detect_is (ctx, i, "during") || _diptych_detect_is (ctx, i, "since") ||
        _diptych_detect_is (ctx, i, "last") || _diptych_detect_is (ctx, i, "this") ||
        /* "had left by Sunday", "by the weekend" */
        _diptych_detect_is (ctx, i, "by")))
    return FALSE;
  /* "since the start of the month", "since the fighting began": a time
   * whatever its words
   */
  if (_diptych_detect_is (ctx, i, "since") && i + 1 < last && !_diptych_detect_is_punct (ctx, i + 1))
    return TRUE;
  for (guint k = i + 1; k < last && k < i + 5; k++)
    {
      if (detect_in (ctx, k, LEX_TIME) || detect_in (ctx, k, LEX_MONTH))
        return TRUE;
      if (_diptych_detect_is_punct (ctx, k))
        break;
    }
  return FALSE;
}

/* Whether the word at @i says how people travel: "by canoe", "by road". */
static gboolean
by_way_of (DetectContext *ctx,
           guint          i)
{
  static const char *const ways[] = {
    "boat", "boats", "canoe", "canoes", "car", "cars", "bus", "buses", "truck", "trucks", "road", "sea",
  };

  for (guint w = 0; w < G_N_ELEMENTS (ways); w++)
    if (_diptych_detect_is (ctx, i, ways[w]))
      return TRUE;
  return FALSE;
}

/* Whether the words from @i name other places to go to: "other parts of
 * the valley", "neighbouring villages", "the city"; not "for a meeting".
 */
static gboolean
gone_elsewhere (DetectContext *ctx,
                guint          i,
                guint          last)
{
  if (i < last && _diptych_detect_is (ctx, i, "the"))
    i++;
  if (i < last && (_diptych_detect_is (ctx, i, "other") || _diptych_detect_is (ctx, i, "neighbouring") ||
                   _diptych_detect_is (ctx, i, "neighboring") || _diptych_detect_is (ctx, i, "nearby") ||
                   _diptych_detect_is (ctx, i, "safer")))
    i++;
  /* … or where people hide: "had left for the forest", "for the hills" */
  return on_line (ctx, i) && i < last &&
         (is_home (ctx, i, TRUE) || detect_in (ctx, i, LEX_PLACE) || _diptych_detect_is (ctx, i, "forest") ||
          _diptych_detect_is (ctx, i, "forests") || _diptych_detect_is (ctx, i, "bush") ||
          _diptych_detect_is (ctx, i, "hills") || _diptych_detect_is (ctx, i, "mountains"));
}

/* Whether "left" at @i, with nothing after it in its clause, says that
 * the civilians the head before @from names have gone from their homes:
 * "tens of thousands of residents have since left, officials said",
 * "2,500 residents had left in the past month", "about 1,300 people,
 * including 260 children, have left so far"; not
 * "the 30 aid workers have left", who go back to where they work.
 */
static gboolean
left_for_good (DetectContext *ctx,
               guint          from,
               guint          i,
               guint          last)
{
  guint aux = i - 1, clause = from, after = i + 1;
  gint64 group;

  /* "15 to 20 families had left again after shots were heard" */
  if (after < last && _diptych_detect_is (ctx, after, "again"))
    after++;
  if (!_diptych_detect_is (ctx, i, "left") || i < from || from == 0 ||
      !(after == last || _diptych_detect_is (ctx, after, ",") || _diptych_detect_is (ctx, after, ".") ||
        /* "almost 80 families have left — some for relatives in Surabaya" */
        _diptych_detect_is_dash (ctx, after) ||
        (after > i + 1 && (_diptych_detect_is (ctx, after, "after") || _diptych_detect_is (ctx, after, "when"))) ||
        _diptych_detect_is (ctx, i + 1, ";") || time_follows (ctx, i + 1, last) ||
        /* "almost 40 families had left and the remaining 20 were packing",
         * "30 of them have left since the killings", "a further 400-500
         * people have left on their own"
         */
        _diptych_detect_is (ctx, after, "and") || _diptych_detect_is (ctx, after, "since") ||
        (after + 2 < last && _diptych_detect_is (ctx, after, "on") && _diptych_detect_is (ctx, after + 1, "their") &&
         _diptych_detect_is (ctx, after + 2, "own")) ||
        /* "Scores of families left by canoe", "left by car on their own" */
        (i + 2 < last && _diptych_detect_is (ctx, i + 1, "by") && by_way_of (ctx, i + 2)) ||
        /* "had left to stay with relatives" */
        (i + 2 < last && _diptych_detect_is (ctx, i + 1, "to") &&
         (_diptych_detect_is (ctx, i + 2, "stay") || _diptych_detect_is (ctx, i + 2, "live") ||
          _diptych_detect_is (ctx, i + 2, "shelter"))) ||
        /* "had left for relatives' farms", "had left for Baku" */
        (i + 2 < last && _diptych_detect_is (ctx, i + 1, "for") &&
         ((detect_key (ctx, i + 2)->upper && !detect_in (ctx, i + 2, LEX_MONTH)) ||
          detect_starts_with (ctx, i + 2, "relatives") || gone_elsewhere (ctx, i + 2, last))) ||
        /* "had left the Lacs prefecture in five days" */
        (i + 3 < last && _diptych_detect_is (ctx, i + 1, "the") && detect_key (ctx, i + 2)->upper &&
         !detect_in (ctx, i + 2, LEX_SOURCE_TYPE) && !detect_in (ctx, i + 2, LEX_MONTH))))
    return FALSE;
  /* "Forty families left in one night": households that leave go for good */
  if (i == from)
    return _diptych_detect_is (ctx, from - 1, "families") || _diptych_detect_is (ctx, from - 1, "households");
  if (aux > from && detect_ends_with (ctx, aux, "ly"))
    aux--;
  else if (aux > from && (_diptych_detect_is (ctx, aux, "since") || _diptych_detect_is (ctx, aux, "already")))
    aux--;
  /* past an aside after the head: "1,300 people, including 260
   * children, have left"
   */
  if (aux > from + 1 && _diptych_detect_is (ctx, from, ",") && _diptych_detect_is (ctx, aux - 1, ","))
    clause = aux;
  /* "Thousands have already left", "Hundreds have left since …": a
   * vague number of people with no noun
   */
  if (aux == clause && (_diptych_detect_is (ctx, aux, "have") || _diptych_detect_is (ctx, aux, "had")) &&
      detect_in (ctx, from - 1, LEX_VAGUE) && !detect_in (ctx, from - 1, LEX_GROUP))
    return TRUE;
  /* … and a count of thousands or a qualified one: "nearly 70,000 had
   * left since the fighting began", "as many as 8,000 have left,"; not
   * "his son, 24, had left"
   */
  if (aux == clause && (_diptych_detect_is (ctx, aux, "have") || _diptych_detect_is (ctx, aux, "had")) &&
      detect_key (ctx, from - 1)->digits &&
      (strchr (detect_lower (ctx, from - 1), ',') != NULL ||
       _diptych_detect_match_before (ctx, from - 1, 0, LEX_QUALIFIER, NULL) > 0))
    return TRUE;
  if (aux != clause ||
      !(_diptych_detect_is (ctx, aux, "have") || _diptych_detect_is (ctx, aux, "has") ||
        _diptych_detect_is (ctx, aux, "had")) ||
      !detect_in (ctx, from - 1, LEX_GROUP))
    return FALSE;
  group = detect_value (ctx, from - 1, LEX_GROUP);
  return group == DIPTYCH_GROUP_CIVILIANS || group == DIPTYCH_GROUP_PEOPLE;
}

/* How many tokens from @i on say that people reached a camp for the
 * displaced: "some 11,000 have reached displacement sites around Bunia";
 * or 0.
 */
static guint
reached_camps (DetectContext *ctx,
               guint          i,
               guint          last)
{
  guint k = i + 1;

  if (!_diptych_detect_is (ctx, i, "reached") || k + 1 >= last)
    return 0;
  if (_diptych_detect_is (ctx, k, "the") || _diptych_detect_is_article (ctx, k))
    k++;
  if (k + 1 < last &&
      (_diptych_detect_is (ctx, k, "displacement") || _diptych_detect_is (ctx, k, "idp") ||
       _diptych_detect_is (ctx, k, "relief") || _diptych_detect_is (ctx, k, "transit")) &&
      (_diptych_detect_is (ctx, k + 1, "sites") || _diptych_detect_is (ctx, k + 1, "site") ||
       _diptych_detect_is (ctx, k + 1, "camps") || _diptych_detect_is (ctx, k + 1, "camp") ||
       _diptych_detect_is (ctx, k + 1, "centres") || _diptych_detect_is (ctx, k + 1, "centers")))
    return k + 2 - i;
  return 0;
}

/* How many tokens from @i on say that people crossed into another
 * place's safety, the lists' "crossed into" with words between: "had
 * crossed the Friendship Bridge and the river into Mae Sot"; or 0.
 */
static guint
crossed_into (DetectContext *ctx,
              guint          i,
              guint          last)
{
  if (!_diptych_detect_is (ctx, i, "crossed"))
    return 0;
  for (guint k = i + 2; k + 1 < last && k < i + 10; k++)
    {
      if (_diptych_detect_is (ctx, k, "into"))
        {
          guint end = k + 1;

          while (end < last && detect_key (ctx, end)->upper)
            end++;
          return end > k + 1 ? end - i : 0;
        }
      if (_diptych_detect_is_punct (ctx, k) || detect_key (ctx, k)->quantity)
        break;
    }
  return 0;
}

/* Whether token @i is in a line written in title case, as some
 * outlets' headlines are: "14 Maoists Killed In Abujhmad Gunfight In
 * Chhattisgarh, Two Jawans Dead". Its words all start with a capital,
 * the small ones too.
 */
static gboolean
in_title_case (DetectContext *ctx,
               guint          i)
{
  const DetectSentence *s = &g_array_index (ctx->sentences, DetectSentence, detect_sentence (ctx, i));
  guint n_words = 0, n_small = 0;

  for (guint k = s->first; k < s->last; k++)
    {
      const DetectKey *key = detect_key (ctx, k);

      if (key->kind != DIPTYCH_TOKEN_WORD || key->digits)
        continue;
      /* … "12 Captured in Voinjama Counter-Offensive": small words in
       * lower case, as some desks write headlines
       */
      if (!key->upper && !detect_in (ctx, k, LEX_FUNCTION))
        return FALSE;
      n_words++;
      n_small += detect_in (ctx, k, LEX_FUNCTION);
    }
  /* … or none, with no full stop: "Army Says 34 Rebels Killed" */
  return n_words >= 4 && n_small < n_words &&
         (n_small > 0 || !_diptych_detect_is (ctx, s->last - 1, "."));
}

/* Whether the "sheltering" at @i ends a clause about a place named
 * before "where" that takes in the displaced: "at a school in Lalaua town
 * where hundreds of families were sheltering", "Aleosan Central
 * Elementary School, where some 2,600 people are sheltering;". Not "the
 * basement where they were sheltering", from the strike.
 */
static gboolean
sheltering_where (DetectContext *ctx,
                  guint          i,
                  guint          last)
{
  static const char * const places[] = {
    "school", "schools", "church", "churches", "mosque", "mosques", "camp", "camps", "site", "sites",
    "gymnasium", "stadium", "hall", "compound", "mission", "town", "centre", "center", "court",
    "monastery", "convent", "cathedral", "temple",
  };
  guint where, after = i + 1;

  /* … "a Methodist church where about 1,400 people spent the night." */
  if (_diptych_detect_is (ctx, i, "spent") && i + 2 < last && _diptych_detect_is (ctx, i + 1, "the") &&
      _diptych_detect_is (ctx, i + 2, "night"))
    after = i + 3;
  else if (!(_diptych_detect_is (ctx, i, "sheltering") || _diptych_detect_is (ctx, i, "staying")))
    return FALSE;
  if ((after < last && !_diptych_detect_is_punct (ctx, after) &&
       /* … "were sheltering on Monday," */
       !(after + 2 < last && _diptych_detect_is (ctx, after, "on") && detect_in (ctx, after + 1, LEX_MONTH) &&
         _diptych_detect_is_punct (ctx, after + 2))))
    return FALSE;
  for (where = i; where > 0 && i - where < 8; where--)
    if (_diptych_detect_is (ctx, where - 1, "where") || _diptych_detect_is_punct (ctx, where - 1))
      break;
  /* … or a place the sentence opens with: "At the camp for displaced
   * persons at the LGEA Primary School in Riyom town, more than 1,400
   * people are now sheltering,"
   */
  if (where > 0 && _diptych_detect_is (ctx, where - 1, ","))
    {
      const DetectSentence *s = &g_array_index (ctx->sentences, DetectSentence, detect_sentence (ctx, i));

      if (s->first + 2 < where - 1 &&
          (_diptych_detect_is (ctx, s->first, "at") || _diptych_detect_is (ctx, s->first, "in") ||
           _diptych_detect_is (ctx, s->first, "inside")))
        for (guint k = s->first + 1; k < where - 1 && k < s->first + 16 && !_diptych_detect_is (ctx, k, ","); k++)
          for (guint p = 0; p < G_N_ELEMENTS (places); p++)
            if (_diptych_detect_is (ctx, k, places[p]))
              return TRUE;
    }
  if (where == 0 || !_diptych_detect_is (ctx, where - 1, "where"))
    return FALSE;
  where--;
  /* the place, maybe past its name or a comma: "School, where" */
  for (guint k = where; k > 0 && where - k < 6; k--)
    {
      if (_diptych_detect_is (ctx, k - 1, ",") && k == where)
        continue;
      for (guint p = 0; p < G_N_ELEMENTS (places); p++)
        if (_diptych_detect_is (ctx, k - 1, places[p]))
          return TRUE;
      if (_diptych_detect_is_punct (ctx, k - 1))
        break;
    }
  return FALSE;
}

/* How many tokens from @i on say that people live without their homes:
 * "are sleeping in army tents", "are living in roadside camps", "slept in
 * the open"; or 0. Not "were sheltering there", which says where they
 * were.
 */
static guint
without_homes (DetectContext *ctx,
               guint          i,
               guint          last)
{
  guint at = i + 1;

  if (sheltering_where (ctx, i, last))
    return _diptych_detect_is (ctx, i, "spent") ? 3 : 1;
  /* "spent the night in a sports hall": where they slept; "spent the
   * night sheltering in mosques"
   */
  /* … "spent Thursday night on cots in the gymnasium" */
  if (_diptych_detect_is (ctx, i, "spent") && i + 3 < last &&
      (_diptych_detect_is (ctx, i + 1, "the") || detect_in (ctx, i + 1, LEX_MONTH)) &&
      _diptych_detect_is (ctx, i + 2, "night"))
    {
      guint n = without_homes (ctx, i + 2, last);

      /* … and the verb after "night": one token more than its words */
      if (n == 0 && detect_ends_with (ctx, i + 3, "ing") && (n = without_homes (ctx, i + 3, last)) > 0)
        n++;
      return n > 0 ? n + 2 : 0;
    }
  /* "some 5,600 have reached Karnoi", "35,000 had reached Bossangoa":
   * a town named, where they went (8 labelled of 8)
   */
  if (_diptych_detect_is (ctx, i, "reached") && i > 1 &&
      (_diptych_detect_is (ctx, i - 1, "have") || _diptych_detect_is (ctx, i - 1, "had") ||
       _diptych_detect_is (ctx, i - 1, "has")) &&
      /* … not "after they had reached Kabul", someone else's verb */
      !detect_in (ctx, i - 2, LEX_PERSONAL) &&
      at < last && detect_key (ctx, at)->upper && detect_key (ctx, at)->kind == DIPTYCH_TOKEN_WORD &&
      !detect_in (ctx, at, LEX_MONTH) && !detect_in (ctx, at, LEX_FUNCTION))
    return 2;
  /* "140 people were sheltering there.": in the place just named;
   * not "sheltering there when the bomb fell" nor "when roughly 300
   * people were sheltering there", where they were then
   */
  if ((_diptych_detect_is (ctx, i, "sheltering") || _diptych_detect_is (ctx, i, "staying")) && i + 1 < last &&
      _diptych_detect_is (ctx, i + 1, "there") && (i + 2 >= last || _diptych_detect_is_punct (ctx, i + 2)))
    {
      for (guint k = i; k > 0 && i - k < 8 && !_diptych_detect_is_punct (ctx, k - 1); k--)
        if (_diptych_detect_is (ctx, k - 1, "when") || _diptych_detect_is (ctx, k - 1, "while"))
          return 0;
      return 2;
    }
  /* "had registered at three sites in the town", "at the reception
   * centre": at a place for the displaced; not voters registered at
   * schools
   */
  if (_diptych_detect_is (ctx, i, "registered") && at + 1 < last &&
      (_diptych_detect_is (ctx, at, "at") || _diptych_detect_is (ctx, at, "in") || _diptych_detect_is (ctx, at, "with")))
    {
      for (guint k = at + 1; k < last && k < at + 6 && !_diptych_detect_is_punct (ctx, k); k++)
        if (_diptych_detect_is (ctx, k, "site") || _diptych_detect_is (ctx, k, "sites") ||
            _diptych_detect_is (ctx, k, "camp") || _diptych_detect_is (ctx, k, "camps") ||
            _diptych_detect_is (ctx, k, "shelters") || _diptych_detect_is (ctx, k, "centre") ||
            _diptych_detect_is (ctx, k, "centres") || _diptych_detect_is (ctx, k, "center") ||
            _diptych_detect_is (ctx, k, "centers"))
          return k + 1 - i;
      /* … or anywhere, said in the perfect: "More than 2,500 have
       * registered in Dori alone", "had registered with us since
       * yesterday" (33 labelled of 36); not voters
       */
      guint aux = i - 1;

      /* … "had so far registered with Donegal County Council" */
      if (aux > 2 && _diptych_detect_is (ctx, aux, "far") && _diptych_detect_is (ctx, aux - 1, "so"))
        aux -= 2;
      if (aux > 1 && (_diptych_detect_is (ctx, aux, "have") || _diptych_detect_is (ctx, aux, "had") ||
                      _diptych_detect_is (ctx, aux, "has") || _diptych_detect_is (ctx, aux, "been")) &&
          !_diptych_detect_is (ctx, aux - 1, "voters"))
        return at + 2 - i;
      return 0;
    }
  /* "have moved into a government school", "had been moved temporarily
   * to a school": to a shelter, away from home
   */
  /* … "another 250 had crowded into a school compound" */
  if (_diptych_detect_is (ctx, i, "moved") ||
      (_diptych_detect_is (ctx, i, "crowded") && at < last && _diptych_detect_is (ctx, at, "into")))
    {
      if (at < last && !detect_key (ctx, at)->upper && detect_ends_with (ctx, at, "ly"))
        at++;
      if (!(at + 1 < last && (_diptych_detect_is (ctx, at, "to") || _diptych_detect_is (ctx, at, "into"))))
        return 0;
      /* "have moved into Konni", "into a gym in the city proper", "into
       * community bunkers": to move into a place is to shelter there
       */
      if (_diptych_detect_is (ctx, at, "into"))
        {
          guint k = at + 1;

          while (k < last && k < at + 6 && !_diptych_detect_is_punct (ctx, k) &&
                 !(k > at + 1 && detect_in (ctx, k, LEX_FUNCTION)))
            k++;
          /* … not "moved into position" */
          return k > at + 1 && !_diptych_detect_is (ctx, at + 1, "position") ? k - i : 0;
        }
    }
  else if (!(_diptych_detect_is (ctx, i, "sleeping") || _diptych_detect_is (ctx, i, "slept") ||
             /* "some 700 people … sleep on mats in the classrooms" */
             _diptych_detect_is (ctx, i, "sleep") ||
             /* … the "night" of "spent the night", told above */
             (_diptych_detect_is (ctx, i, "night") && i > 1 && _diptych_detect_is (ctx, i - 2, "spent")) ||
             _diptych_detect_is (ctx, i, "living") || _diptych_detect_is (ctx, i, "live") ||
             _diptych_detect_is (ctx, i, "lived") || _diptych_detect_is (ctx, i, "camped") ||
             _diptych_detect_is (ctx, i, "staying") || _diptych_detect_is (ctx, i, "sheltering") ||
             _diptych_detect_is (ctx, i, "sheltered") ||
             /* "1,450 persons were still housed in four welfare centres" */
             _diptych_detect_is (ctx, i, "housed") ||
             /* "Hundreds of people shelter in army barracks" */
             _diptych_detect_is (ctx, i, "shelter") ||
             /* "hundreds of people are hiding in the hills" */
             _diptych_detect_is (ctx, i, "hiding") ||
             /* "an estimated 9,500 people remain in 14 informal sites" */
             _diptych_detect_is (ctx, i, "remain") || _diptych_detect_is (ctx, i, "remained") ||
             /* "Some 2,600 are at Kasulo Primary School": where they are
              * now; not "were at the school", where they were when it
              * was hit
              */
             _diptych_detect_is (ctx, i, "are")) ||
           !(_diptych_detect_is (ctx, i + 1, "in") || _diptych_detect_is (ctx, i + 1, "on") ||
             _diptych_detect_is (ctx, i + 1, "at") || _diptych_detect_is (ctx, i + 1, "with") ||
             /* "were sheltering inside the temple grounds" */
             (_diptych_detect_is (ctx, i + 1, "inside") &&
              (_diptych_detect_is (ctx, i, "sheltering") || _diptych_detect_is (ctx, i, "staying"))) ||
             _diptych_detect_is (ctx, i + 1, "under") ||
             /* "sheltering near the base"; not "living near the camp" */
             (_diptych_detect_is (ctx, i + 1, "near") &&
              (_diptych_detect_is (ctx, i, "sheltering") || _diptych_detect_is (ctx, i, "sheltered")))))
    return 0;
  /* "around 4,300 were sheltering in Tibú", "are staying in Nikki town":
   * in a place named alone, where they went (31 labelled of 31 with a
   * number); not "living in Lyptsi", where they may have always lived
   */
  if ((_diptych_detect_is (ctx, i, "sheltering") || _diptych_detect_is (ctx, i, "sheltered") ||
       _diptych_detect_is (ctx, i, "staying")) &&
      _diptych_detect_is (ctx, i + 1, "in") && i + 2 < last && detect_key (ctx, i + 2)->upper &&
      !detect_in (ctx, i + 2, LEX_FUNCTION))
    {
      guint k = i + 2;

      while (k < last && k < i + 6 && detect_key (ctx, k)->upper && !_diptych_detect_is_punct (ctx, k))
        k++;
      /* … "in Nikki town", "in Nampula city" */
      if (k < last && detect_in (ctx, k, LEX_PLACE) && !_diptych_detect_is_plural_noun (ctx, k))
        k++;
      if (k >= last || (_diptych_detect_is_punct (ctx, k) && !_diptych_detect_is_apostrophe (ctx, k)) ||
          detect_in (ctx, k, LEX_FUNCTION))
        return k - i;
    }
  /* "up to 2,000 more were camped in dry riverbeds": wherever it is */
  if (_diptych_detect_is (ctx, i, "camped") && !_diptych_detect_is (ctx, i + 1, "with") &&
      !_diptych_detect_is (ctx, i + 1, "under"))
    return 2;
  /* "staying with host families" */
  if (_diptych_detect_is (ctx, i + 1, "with"))
    return i + 3 < last && _diptych_detect_is (ctx, i + 2, "host") &&
           (_diptych_detect_is (ctx, i + 3, "families") || _diptych_detect_is (ctx, i + 3, "communities"))
             ? 4 : 0;
  for (guint k = at + 1, stop = at + 5; k < last && k < stop; k++)
    {
      /* "sleeping on the floor of the school", "in the grounds of a church" */
      if (_diptych_detect_is (ctx, k, "of") &&
          (_diptych_detect_is (ctx, k - 1, "floor") || _diptych_detect_is (ctx, k - 1, "floors") ||
           _diptych_detect_is (ctx, k - 1, "grounds") || _diptych_detect_is (ctx, k - 1, "compound") ||
           _diptych_detect_is (ctx, k - 1, "courtyard") ||
           /* "sheltering in the basement of the school": of a shelter */
           _diptych_detect_is (ctx, k - 1, "basement") || _diptych_detect_is (ctx, k - 1, "basements") ||
           _diptych_detect_is (ctx, k - 1, "cellar") || _diptych_detect_is (ctx, k - 1, "cellars")))
        {
          /* to shelter in the grounds of any building is to camp
           * there: "sheltering in the grounds of Singa Teaching Hospital"
           */
          if ((_diptych_detect_is (ctx, k - 1, "grounds") || _diptych_detect_is (ctx, k - 1, "courtyard")) &&
              (_diptych_detect_is (ctx, i, "sheltering") || _diptych_detect_is (ctx, i, "sheltered")))
            {
              guint end = k + 1;

              while (end < last && end < k + 6 && !_diptych_detect_is_punct (ctx, end) &&
                     !(end > k + 1 && detect_in (ctx, end, LEX_FUNCTION)))
                end++;
              return end - i;
            }
          stop = k + 4;
          continue;
        }
      if (_diptych_detect_is (ctx, k, "tents") || _diptych_detect_is (ctx, k, "camps") ||
          /* "sheltering under trees near Yagori" */
          ((_diptych_detect_is (ctx, k, "trees") || _diptych_detect_is (ctx, k, "tarpaulins") ||
            _diptych_detect_is (ctx, k, "bridges") ||
            /* "sheltering under plastic sheets and blankets" */
            _diptych_detect_is (ctx, k, "sheets") || _diptych_detect_is (ctx, k, "sheeting")) &&
           _diptych_detect_is (ctx, at, "under")) ||
          _diptych_detect_is (ctx, k, "camp") || _diptych_detect_is (ctx, k, "sites") ||
          /* "at the parish site", "an IDP site"; not "at the site", where it happened */
          (_diptych_detect_is (ctx, k, "site") && !_diptych_detect_is (ctx, k - 1, "the") &&
           !_diptych_detect_is_article (ctx, k - 1) && !_diptych_detect_is (ctx, k - 1, "this") &&
           !_diptych_detect_is (ctx, k - 1, "that")) ||
          _diptych_detect_is (ctx, k, "streets") || _diptych_detect_is (ctx, k, "shelters") ||
          /* "sleeping in the bush", "sleeping in fields", "sheltering in
           * 11 monasteries"
           */
          (_diptych_detect_is (ctx, k, "bush") && _diptych_detect_is (ctx, k - 1, "the")) ||
          /* "hiding in the hills", "in nearby forests", "are sheltering
           * in forest areas"
           */
          ((_diptych_detect_is (ctx, k, "hills") || _diptych_detect_is (ctx, k, "forest") ||
            _diptych_detect_is (ctx, k, "forests") || _diptych_detect_is (ctx, k, "mountains")) &&
           (_diptych_detect_is (ctx, i, "hiding") || _diptych_detect_is (ctx, i, "sleeping") ||
            _diptych_detect_is (ctx, i, "living") || _diptych_detect_is (ctx, i, "sheltering"))) ||
          _diptych_detect_is (ctx, k, "fields") || _diptych_detect_is (ctx, k, "monasteries") ||
          /* "Hundreds more are sheltering in caves and ravines" */
          ((_diptych_detect_is (ctx, k, "caves") || _diptych_detect_is (ctx, k, "ravines")) &&
           (_diptych_detect_is (ctx, i, "hiding") || _diptych_detect_is (ctx, i, "sleeping") ||
            _diptych_detect_is (ctx, i, "living") || _diptych_detect_is (ctx, i, "sheltering"))) ||
          /* "sleeping in orchards and olive groves" */
          _diptych_detect_is (ctx, k, "orchards") || _diptych_detect_is (ctx, k, "groves") ||
          /* "sheltering at its temporary operating base", "near the UN
           * company operating base": civilians at a peacekeepers' base
           */
          /* … and at a local government's seat: "sheltering at Pakele
           * sub-county headquarters"
           */
          ((_diptych_detect_is (ctx, k, "base") || _diptych_detect_is (ctx, k, "bases") ||
            _diptych_detect_is (ctx, k, "headquarters")) &&
           (_diptych_detect_is (ctx, i, "sheltering") || _diptych_detect_is (ctx, i, "sheltered"))) ||
          /* "sheltering in Mankush town", "in the Catholic mission": to
           * shelter somewhere is to have left home, wherever it is
           */
          ((_diptych_detect_is (ctx, k, "town") || _diptych_detect_is (ctx, k, "towns") ||
            _diptych_detect_is (ctx, k, "city") || _diptych_detect_is (ctx, k, "mission") ||
            /* a mission or a government post: "at Kompiam station" */
            _diptych_detect_is (ctx, k, "station") ||
            _diptych_detect_is (ctx, k, "compound") || _diptych_detect_is (ctx, k, "premises") ||
            _diptych_detect_is (ctx, k, "buildings") ||
            _diptych_detect_is (ctx, k, "forest") || _diptych_detect_is (ctx, k, "hills")) &&
           (k + 1 == last || _diptych_detect_is_punct (ctx, k + 1) || detect_in (ctx, k + 1, LEX_FUNCTION)) &&
           (_diptych_detect_is (ctx, i, "sheltering") || _diptych_detect_is (ctx, i, "sheltered"))) ||
          /* public buildings: "sheltering in a church and a school", "have
           * moved into a temple"
           */
          _diptych_detect_is (ctx, k, "church") || _diptych_detect_is (ctx, k, "churches") ||
          _diptych_detect_is (ctx, k, "temple") || _diptych_detect_is (ctx, k, "temples") ||
          _diptych_detect_is (ctx, k, "pagoda") || _diptych_detect_is (ctx, k, "pagodas") ||
          _diptych_detect_is (ctx, k, "mosque") || _diptych_detect_is (ctx, k, "mosques") ||
          _diptych_detect_is (ctx, k, "school") || _diptych_detect_is (ctx, k, "schools") ||
          _diptych_detect_is (ctx, k, "classrooms") ||
          /* "sheltering in the parish hall", "in the municipal
           * auditorium"; not "sleeping in the main hall" when it was hit
           */
          ((_diptych_detect_is (ctx, k, "hall") || _diptych_detect_is (ctx, k, "halls") ||
            _diptych_detect_is (ctx, k, "auditorium") || _diptych_detect_is (ctx, k, "gymnasium") ||
            _diptych_detect_is (ctx, k, "stadium")) &&
           (_diptych_detect_is (ctx, i, "sheltering") || _diptych_detect_is (ctx, i, "sheltered"))) ||
          /* "are sleeping at relatives’ homes outside the city" */
          ((_diptych_detect_is (ctx, k, "homes") || _diptych_detect_is (ctx, k, "houses")) &&
           (detect_starts_with (ctx, k - 1, "relatives") ||
            detect_starts_with (ctx, k - 1, "friends") ||
            (k > at + 2 && _diptych_detect_is_apostrophe (ctx, k - 1) &&
             (_diptych_detect_is (ctx, k - 2, "relatives") || _diptych_detect_is (ctx, k - 2, "friends"))))) ||
          /* "sheltering in the Hindu College and three other schools" */
          _diptych_detect_is (ctx, k, "college") || _diptych_detect_is (ctx, k, "colleges") ||
          /* "sleeping on classroom floors" */
          ((_diptych_detect_is (ctx, k, "floors") || _diptych_detect_is (ctx, k, "floor")) &&
           (_diptych_detect_is (ctx, k - 1, "classroom") || _diptych_detect_is (ctx, k - 1, "school") ||
            _diptych_detect_is (ctx, k - 1, "church") || _diptych_detect_is (ctx, k - 1, "mosque"))) ||
          /* "in army barracks"; not workers "sleeping in their barracks" */
          (_diptych_detect_is (ctx, k, "barracks") && !detect_is_possessive_determiner (ctx, k - 1)) ||
          /* "slept in their vehicles", "sleeping at the airport" */
          ((_diptych_detect_is (ctx, k, "vehicles") || _diptych_detect_is (ctx, k, "cars") ||
            _diptych_detect_is (ctx, k, "airport")) &&
           (_diptych_detect_is (ctx, i, "sleeping") || _diptych_detect_is (ctx, i, "slept") ||
            _diptych_detect_is (ctx, i, "living") || _diptych_detect_is (ctx, i, "sheltering"))) ||
          /* "sheltering in a youth centre", "in the community center" */
          ((_diptych_detect_is (ctx, k, "centre") || _diptych_detect_is (ctx, k, "center") ||
            _diptych_detect_is (ctx, k, "centres") || _diptych_detect_is (ctx, k, "centers")) &&
           (_diptych_detect_is (ctx, k - 1, "youth") || _diptych_detect_is (ctx, k - 1, "community") ||
            _diptych_detect_is (ctx, k - 1, "cultural") || _diptych_detect_is (ctx, k - 1, "sports") ||
            _diptych_detect_is (ctx, k - 1, "transit") || _diptych_detect_is (ctx, k - 1, "reception") ||
            _diptych_detect_is (ctx, k - 1, "collective"))) ||
          /* "sleeping in a sports hall"; not a monastery's "main hall",
           * where they slept when the bomb struck
           */
          ((_diptych_detect_is (ctx, k, "hall") || _diptych_detect_is (ctx, k, "halls")) &&
           (_diptych_detect_is (ctx, k - 1, "sports") || _diptych_detect_is (ctx, k - 1, "community") ||
            _diptych_detect_is (ctx, k - 1, "town") || _diptych_detect_is (ctx, k - 1, "municipal") ||
            _diptych_detect_is (ctx, k - 1, "village") || _diptych_detect_is (ctx, k - 1, "school") ||
            _diptych_detect_is (ctx, k - 1, "church") || _diptych_detect_is (ctx, k - 1, "public") ||
            _diptych_detect_is (ctx, k - 1, "parish"))) ||
          /* "in the municipal auditorium" */
          _diptych_detect_is (ctx, k, "auditorium") || _diptych_detect_is (ctx, k, "auditoriums") ||
          _diptych_detect_is (ctx, k, "stadium") || _diptych_detect_is (ctx, k, "gymnasium") ||
          _diptych_detect_is (ctx, k, "gymnasiums") || _diptych_detect_is (ctx, k, "stadiums") ||
          (_diptych_detect_is (ctx, k, "complex") && _diptych_detect_is (ctx, k - 1, "sports")) ||
          _diptych_detect_is (ctx, k, "coliseum") ||
          /* "in an evacuation center", "in 11 relief camps" */
          ((_diptych_detect_is (ctx, k - 1, "evacuation") || _diptych_detect_is (ctx, k - 1, "relief") ||
            _diptych_detect_is (ctx, k - 1, "displacement") || _diptych_detect_is (ctx, k - 1, "welfare")) &&
           !_diptych_detect_is_punct (ctx, k)) ||
          (_diptych_detect_is (ctx, k, "open") && _diptych_detect_is (ctx, k - 1, "the")))
        return k + 1 - i;
      /* a site's name: "at the Saint-Joseph parish site", whose last word
       * may say what it is: "at Karonga Stadium"
       */
      if ((detect_key (ctx, k)->upper ||
           (_diptych_detect_is (ctx, k, "-") && detect_key (ctx, k - 1)->upper && k + 1 < last &&
            detect_key (ctx, k + 1)->upper)) &&
          stop < at + 8)
        {
          stop++;
          continue;
        }
      /* "sheltering in four temporary accommodation sites" */
      if (k == at + 1 && detect_key (ctx, k)->quantity)
        {
          stop += 2;
          continue;
        }
      /* "sleeping on mats in the classrooms": where the mats are */
      if (k > at + 1 && (_diptych_detect_is (ctx, k, "in") || _diptych_detect_is (ctx, k, "at")) &&
          (_diptych_detect_is (ctx, k - 1, "mats") || _diptych_detect_is (ctx, k - 1, "floor") ||
           _diptych_detect_is (ctx, k - 1, "cots") || _diptych_detect_is (ctx, k - 1, "mattresses") ||
           _diptych_detect_is (ctx, k - 1, "floors") || _diptych_detect_is (ctx, k - 1, "ground") ||
           _diptych_detect_is (ctx, k - 1, "cardboard")) &&
          stop < k + 4)
        {
          stop = k + 4;
          continue;
        }
      /* past a possessive's apostrophe: "at relatives’ homes", and an
       * abbreviation's point: "at St. Joseph's church"
       */
      if (_diptych_detect_is_apostrophe (ctx, k) ||
          (k > at + 1 && _diptych_detect_is (ctx, k, ".") && detect_in (ctx, k - 1, LEX_ABBREVIATION) &&
           k + 1 < last && detect_key (ctx, k + 1)->upper))
        continue;
      if (_diptych_detect_is_punct (ctx, k) || (k > at + 1 && detect_in (ctx, k, LEX_FUNCTION)))
        break;
    }
  return 0;
}

/* How many tokens from @i on say that people were taken from their
 * homes, which abducts them: "were taken from their homes by men in
 * uniform", "were taken from neighbouring hamlets"; or 0. Not "taken
 * from the rubble".
 */
static guint
taken_from_homes (DetectContext *ctx,
                  guint          i,
                  guint          last)
{
  guint end;

  if (!_diptych_detect_is (ctx, i, "taken") || !_diptych_detect_is (ctx, i + 1, "from"))
    return 0;
  /* "had been taken from Lichengue": a village's name, unless they were
   * taken on to a hospital
   */
  for (end = i + 2; end < last && detect_key (ctx, end)->upper && !detect_key (ctx, end)->all_upper &&
                    !detect_in (ctx, end, LEX_MONTH); end++)
    ;
  if (end > i + 2)
    return (end < last && _diptych_detect_is (ctx, end, "to")) ? 0 : end - i;
  /* not "taken from the camp to hospital" */
  end = homes_end (ctx, i + 2, last, FALSE);
  if (end > 0)
    return end - i;
  /* "were taken from farms near the health post", "from their fields":
   * from where they worked, which abducts them as well
   */
  /* … or from the vehicles they travelled in: "167 university students
   * were taken from buses near Nejo"
   */
  /* … "12 men were taken from a bus by armed men" */
  end = i + 2 + (_diptych_detect_is (ctx, i + 2, "their") || _diptych_detect_is (ctx, i + 2, "the") ||
                 _diptych_detect_is_article (ctx, i + 2));
  if (end < last &&
      (_diptych_detect_is (ctx, end, "farms") || _diptych_detect_is (ctx, end, "fields") ||
       _diptych_detect_is (ctx, end, "buses") || _diptych_detect_is (ctx, end, "vehicles") ||
       _diptych_detect_is (ctx, end, "cars") || _diptych_detect_is (ctx, end, "trucks") ||
       _diptych_detect_is (ctx, end, "lorries") || _diptych_detect_is (ctx, end, "minibuses") ||
       _diptych_detect_is (ctx, end, "bus") || _diptych_detect_is (ctx, end, "minibus") ||
       _diptych_detect_is (ctx, end, "vehicle") || _diptych_detect_is (ctx, end, "truck") ||
       _diptych_detect_is (ctx, end, "lorry")) &&
      !(end + 1 < last && _diptych_detect_is (ctx, end + 1, "to")) &&
      /* not "taken from a bus stop" */
      !(end + 1 < last && (_diptych_detect_is (ctx, end + 1, "stop") || _diptych_detect_is (ctx, end + 1, "station") ||
                           _diptych_detect_is (ctx, end + 1, "terminal") || _diptych_detect_is (ctx, end + 1, "park"))))
    return end + 1 - i;
  return 0;
}

/* How many tokens from @i on say that people were taken to a hospital,
 * which the lists say only without words between ("taken to
 * hospital"): "taken to the provincial hospital", "rushed to a
 * hospital"; or 0.
 */
static guint
taken_to_hospital (DetectContext *ctx,
                   guint          i,
                   guint          last)
{
  /* … and "four others had been moved to the Federal Medical Centre"; but
   * "moved 64 patients" is no verb of carrying the hurt (see above)
   */
  if (!(detect_figure_word (ctx, i, FIGURE_WORD_CARRIED) || _diptych_detect_is (ctx, i, "moved")) ||
      !_diptych_detect_is (ctx, i + 1, "to"))
    return 0;
  /* … "to the camp's only functioning field hospital" */
  for (guint k = i + 2, stop = i + 8; k < last && k < stop; k++)
    {
      /* … "to the Federal Medical Centre", "to a clinic" */
      if (_diptych_detect_is (ctx, k, "hospital") || _diptych_detect_is (ctx, k, "hospitals") ||
          _diptych_detect_is (ctx, k, "clinic") || _diptych_detect_is (ctx, k, "clinics") ||
          _diptych_detect_is (ctx, k, "infirmary") ||
          ((_diptych_detect_is (ctx, k, "centre") || _diptych_detect_is (ctx, k, "center")) &&
           (_diptych_detect_is (ctx, k - 1, "medical") || _diptych_detect_is (ctx, k - 1, "health") ||
            _diptych_detect_is (ctx, k - 1, "trauma"))))
        return k + 1 - i;
      /* … past a long name: "to Jawaharlal Nehru Medical College Hospital" */
      if (detect_key (ctx, k)->upper && stop < i + 10)
        stop++;
      if (_diptych_detect_is_punct (ctx, k) ||
          (k > i + 2 && detect_in (ctx, k, LEX_FUNCTION) && !_diptych_detect_is (ctx, k, "only")))
        break;
    }
  return 0;
}

/**
 * _diptych_detect_armed_at:
 *
 * How many tokens from @i on name armed men or the state's forces: "the
 * gunmen", "police", "a few soldiers", "the armed groups"; or 0.
 */
guint
_diptych_detect_armed_at (DetectContext *ctx,
                          guint          i,
                          guint          last)
{
  const DetectEntry *entry = NULL;
  guint k = i;

  if (k < last && (_diptych_detect_is (ctx, k, "the") || _diptych_detect_is_article (ctx, k)))
    k++;
  /* … past whose they are: "Assam police", "Kenyan police" */
  for (guint j = k; j < last && j < k + 2 && detect_key (ctx, j)->upper && detect_key (ctx, j)->kind == DIPTYCH_TOKEN_WORD &&
                    !detect_in (ctx, j, LEX_FUNCTION) && !detect_in (ctx, j, LEX_GROUP);
       j++)
    if (_diptych_detect_match (ctx, j + 1, LEX_GROUP, &entry) > 0 &&
        (entry->value == DIPTYCH_GROUP_FIGHTERS || entry->value == DIPTYCH_GROUP_SOLDIERS))
      return j + 1 + entry->n_words - i;
  if (k < last && _diptych_detect_match (ctx, k, LEX_GROUP, &entry) > 0 &&
      (entry->value == DIPTYCH_GROUP_FIGHTERS || entry->value == DIPTYCH_GROUP_SOLDIERS))
    return k + entry->n_words - i;
  /* … and past a word that describes them: "tribal gunmen", "unidentified
   * gunmen"
   */
  if (k + 1 < last && !detect_key (ctx, k)->upper && detect_key (ctx, k)->kind == DIPTYCH_TOKEN_WORD &&
      !detect_in (ctx, k, LEX_FUNCTION) && !detect_in (ctx, k, LEX_GROUP) &&
      _diptych_detect_match (ctx, k + 1, LEX_GROUP, &entry) > 0 &&
      (entry->value == DIPTYCH_GROUP_FIGHTERS || entry->value == DIPTYCH_GROUP_SOLDIERS))
    return k + 1 + entry->n_words - i;
  /* "taken by the group", "by a gang", "the militias" */
  if (k < last && k > i &&
      (_diptych_detect_is (ctx, k, "group") || _diptych_detect_is (ctx, k, "gang") ||
       _diptych_detect_is (ctx, k, "gangs") || _diptych_detect_is (ctx, k, "militia") ||
       _diptych_detect_is (ctx, k, "militias")))
    return k + 1 - i;
  /* "the armed groups", "armed men" */
  if (k + 1 < last && _diptych_detect_is (ctx, k, "armed") && !_diptych_detect_is_punct (ctx, k + 1) &&
      !detect_in (ctx, k + 1, LEX_FUNCTION))
    return k + 2 - i;
  return 0;
}

/* Whether a raid or an attack is named within a few words from @i:
 * "Monday's raid", "the attack on the market"
 */
static gboolean
raid_within (DetectContext *ctx,
             guint          i,
             guint          last)
{
  for (guint k = i; k < last && k < i + 3; k++)
    {
      if (_diptych_detect_is (ctx, k, "raid") || _diptych_detect_is (ctx, k, "raids") ||
          _diptych_detect_is (ctx, k, "attack") || _diptych_detect_is (ctx, k, "attacks") ||
          _diptych_detect_is (ctx, k, "ambush") || _diptych_detect_is (ctx, k, "assault"))
        return TRUE;
      if (_diptych_detect_is_punct (ctx, k) && !_diptych_detect_is_apostrophe (ctx, k))
        return FALSE;
    }
  return FALSE;
}

/* How many tokens from @i on say that people were taken or held: "had
 * been taken by the gunmen", "were briefly held by armed men", "was held
 * for 48 hours", or with nothing after it in the clause: "two of its
 * staff had been taken and …"; or 0. Not "taken by ambulance", "had been
 * taken to hospital".
 */
static guint
taken_by_armed (DetectContext *ctx,
                guint          i,
                guint          last)
{
  guint n;

  /* "was held for 48 hours before being released", "were held for
   * several hours"
   */
  if (_diptych_detect_is (ctx, i, "held") && i + 3 < last && _diptych_detect_is (ctx, i + 1, "for") &&
      (detect_key (ctx, i + 2)->digits || detect_key (ctx, i + 2)->number_word ||
       _diptych_detect_is (ctx, i + 2, "several")) && detect_in (ctx, i + 3, LEX_TIME))
    return 4;
  /* "had been taken and …", "My two brothers were taken;", "14 people
   * were taken in a single night", "were taken overnight"
   */
  if (_diptych_detect_is (ctx, i, "taken") && i > 0 &&
      (_diptych_detect_is (ctx, i - 1, "been") || _diptych_detect_is (ctx, i - 1, "were") ||
       _diptych_detect_is (ctx, i - 1, "was")) &&
      (i + 1 == last || _diptych_detect_is (ctx, i + 1, ",") || _diptych_detect_is (ctx, i + 1, ".") ||
       _diptych_detect_is (ctx, i + 1, ";") || _diptych_detect_is (ctx, i + 1, "and") ||
       _diptych_detect_is (ctx, i + 1, "overnight") ||
       (i + 3 < last && _diptych_detect_is (ctx, i + 1, "in") && _diptych_detect_is_article (ctx, i + 2) &&
        (_diptych_detect_is (ctx, i + 3, "single") || detect_in (ctx, i + 3, LEX_TIME))) ||
       /* "19 people were taken in Monday's raid", "during the attack" */
       ((_diptych_detect_is (ctx, i + 1, "in") || _diptych_detect_is (ctx, i + 1, "during")) &&
        raid_within (ctx, i + 2, last)) ||
       /* "were taken on the same night in March." */
       _diptych_detect_when_after (ctx, i + 1, last)))
    return 1;
  /* "had been taken into the bush", "taken to the forest" */
  if (_diptych_detect_is (ctx, i, "taken") && i + 3 < last &&
      (_diptych_detect_is (ctx, i + 1, "into") || _diptych_detect_is (ctx, i + 1, "to")) &&
      _diptych_detect_is (ctx, i + 2, "the") &&
      (_diptych_detect_is (ctx, i + 3, "bush") || _diptych_detect_is (ctx, i + 3, "forest") ||
       _diptych_detect_is (ctx, i + 3, "forests")))
    return 4;
  if ((_diptych_detect_is (ctx, i, "taken") || _diptych_detect_is (ctx, i, "held")) &&
      _diptych_detect_is (ctx, i + 1, "by") && i + 2 < last &&
      (n = _diptych_detect_armed_at (ctx, i + 2, last)) > 0)
    return 2 + n;
  /* "were held by community members for 2 days", "held by villagers":
   * people who hold people hold them captive
   */
  if (_diptych_detect_is (ctx, i, "held") && _diptych_detect_is (ctx, i + 1, "by") && i + 2 < last)
    for (guint k = i + 2; k < last && k < i + 5 && !_diptych_detect_is_punct (ctx, k); k++)
      if ((n = _diptych_detect_match (ctx, k, LEX_GROUP, NULL)) > 0)
        return k + n - i;
  /* "had been taken to an army camp for questioning", "taken to the
   * police station": into the hands of the forces
   */
  /* … "taken to police stations in Negombo", "taken to prison"; "held
   * at Kalongo Central Police Station overnight"
   */
  /* … "have been taken to the KP Dom prison"; "were also held at the
   * camp", "held in a sports hall", "in the hangar": a place to keep
   * people in
   */
  if ((((_diptych_detect_is (ctx, i, "taken") || _diptych_detect_is (ctx, i, "brought")) &&
        _diptych_detect_is (ctx, i + 1, "to")) ||
       (_diptych_detect_is (ctx, i, "held") && (_diptych_detect_is (ctx, i + 1, "at") ||
                                                _diptych_detect_is (ctx, i + 1, "in")))) &&
      i + 2 < last)
    for (guint k = i + 2; k < last && k < i + 6; k++)
      {
        if ((_diptych_detect_is (ctx, k, "camp") || _diptych_detect_is (ctx, k, "base") ||
             _diptych_detect_is (ctx, k, "barracks") || _diptych_detect_is (ctx, k, "station") ||
             _diptych_detect_is (ctx, k, "camps") || _diptych_detect_is (ctx, k, "bases") ||
             _diptych_detect_is (ctx, k, "stations")) &&
            (_diptych_detect_is (ctx, k - 1, "army") || _diptych_detect_is (ctx, k - 1, "military") ||
             _diptych_detect_is (ctx, k - 1, "police")))
          return k + 1 - i;
        if ((k == i + 2 || detect_key (ctx, k - 1)->upper || _diptych_detect_is (ctx, i, "held")) &&
            (_diptych_detect_is (ctx, k, "prison") || _diptych_detect_is (ctx, k, "jail")))
          return k + 1 - i;
        if (_diptych_detect_is (ctx, i, "held") && _diptych_detect_is (ctx, i + 1, "at") && k > i + 2 &&
            (_diptych_detect_is (ctx, k, "camp") || _diptych_detect_is (ctx, k, "camps")))
          return k + 1 - i;
        if (_diptych_detect_is (ctx, i, "held") && k > i + 2 &&
            (_diptych_detect_is (ctx, k, "hangar") || _diptych_detect_is (ctx, k, "warehouse") ||
             (_diptych_detect_is (ctx, k, "hall") && _diptych_detect_is (ctx, k - 1, "sports")) ||
             _diptych_detect_is (ctx, k, "cells") || _diptych_detect_is (ctx, k, "custody") ||
             _diptych_detect_is (ctx, k, "detention")))
          return k + 1 - i;
        if (_diptych_detect_is_punct (ctx, k))
          break;
      }
  /* "two national staff were briefly held at a checkpoint" */
  if (_diptych_detect_is (ctx, i, "held") && i > 1 && _diptych_detect_is (ctx, i - 1, "briefly") &&
      detect_in (ctx, i - 2, LEX_AUXILIARY))
    return 1;
  return 0;
}

/* Whether the "trapped" at @i says that people are missing: "believed to
 * be trapped", "feared trapped", "trapped under the rubble"; not
 * "trapped in the besieged city", where they are known to be.
 */
static gboolean
feared_trapped (DetectContext *ctx,
                guint          from,
                guint          i,
                guint          last)
{
  guint k = i;

  if (!_diptych_detect_is (ctx, i, "trapped"))
    return FALSE;
  if (k > from + 1 && _diptych_detect_is (ctx, k - 1, "be") && _diptych_detect_is (ctx, k - 2, "to"))
    k -= 2;
  if (k > from && (_diptych_detect_is (ctx, k - 1, "believed") ||
                   _diptych_detect_is (ctx, k - 1, "thought") ||
                   _diptych_detect_is (ctx, k - 1, "feared")))
    return TRUE;
  if (i + 1 < last &&
      (_diptych_detect_is (ctx, i + 1, "under") || _diptych_detect_is (ctx, i + 1, "beneath")))
    return TRUE;
  return i + 2 < last && _diptych_detect_is (ctx, i + 1, "in") &&
         (detect_figure_word (ctx, i + 2, FIGURE_WORD_RUBBLE) ||
          (i + 3 < last && detect_figure_word (ctx, i + 3, FIGURE_WORD_RUBBLE)));
}

/* How many tokens from @i say that people are still under the rubble,
 * so missing: "could still be under the debris", "remain under the
 * rubble"; not "pulled from under the rubble"; or 0.
 */
static guint
still_under_rubble (DetectContext *ctx,
                    guint          from,
                    guint          i,
                    guint          last)
{
  guint k = i, w = i + 1;

  if (!(_diptych_detect_is (ctx, i, "under") || _diptych_detect_is (ctx, i, "beneath")) || i <= from)
    return 0;
  if (w < last && _diptych_detect_is (ctx, w, "the"))
    w++;
  if (w >= last || !detect_figure_word (ctx, w, FIGURE_WORD_RUBBLE))
    return 0;
  if (k > from + 1 && _diptych_detect_is (ctx, k - 1, "still"))
    k--;
  if (_diptych_detect_is (ctx, k - 1, "be") || _diptych_detect_is (ctx, k - 1, "remain") ||
      _diptych_detect_is (ctx, k - 1, "remained") || _diptych_detect_is (ctx, k - 1, "were") ||
      _diptych_detect_is (ctx, k - 1, "are") || _diptych_detect_is (ctx, k - 1, "lie"))
    return w + 1 - i;
  return 0;
}

/* "had", "have", "has", "were", "was", "are", "is": a verb's auxiliary
 * after a figure ("17,000 people – had sought refuge").
 */
gboolean
_diptych_detect_is_verb_of_be (DetectContext *ctx,
                               guint          i)
{
  return _diptych_detect_is (ctx, i, "had") || _diptych_detect_is (ctx, i, "have") ||
         _diptych_detect_is (ctx, i, "has") || _diptych_detect_is (ctx, i, "were") ||
         _diptych_detect_is (ctx, i, "was") || _diptych_detect_is (ctx, i, "are") ||
         _diptych_detect_is (ctx, i, "is");
}

/* Whether a verb at @i says what happened, by an outcome there or a few
 * words on: "…, died", "…, sustained injuries", "…, suffered serious
 * burns", "…, sustained gunshot or burn injuries"; not a noun's phrase:
 * "…, relatives of the dead".
 */
static gboolean
outcome_verb_at (DetectContext *ctx,
                 guint          i,
                 guint          last)
{
  guint n;

  if (detect_in (ctx, i, LEX_GROUP))
    return FALSE;
  /* … "sustained gunshot or burn injuries" */
  for (guint k = i, stop = i + 4; k < last && k < stop; k++)
    {
      if (k > i + 1 && stop == i + 4 && _diptych_detect_is (ctx, k, "or"))
        {
          stop++;
          continue;
        }
      if (_diptych_detect_is_punct (ctx, k) || (k > i && detect_in (ctx, k, LEX_FUNCTION)))
        return FALSE;
      if (_diptych_detect_match_outcome (ctx, k, &n) >= 0 && !detect_in (ctx, k, LEX_GROUP))
        return TRUE;
    }
  return FALSE;
}

/* Where the verb after a breakdown that opens at "including" @i with no
 * comma before it stands: "nine persons including six policemen
 * embraced shahadat", "nine people including six policemen were killed";
 * or @last.
 */
static guint
breakdown_end (DetectContext *ctx,
               guint          i,
               guint          last)
{
  Quantity q;
  guint n;

  if (i + 2 >= last || !_diptych_detect_read_quantity (ctx, i + 1, i + 1, last, &q))
    return last;
  for (guint j = q.end; j < last && j < i + ASIDE_WINDOW; j++)
    {
      if (_diptych_detect_is_punct (ctx, j) && !_diptych_detect_is (ctx, j, ","))
        return last;
      /* after its noun, or the name of their force */
      if (!detect_in (ctx, j - 1, LEX_GROUP) && !detect_key (ctx, j - 1)->upper)
        continue;
      if (detect_in (ctx, j, LEX_AUXILIARY) ||
          (_diptych_detect_match_outcome (ctx, j, &n) >= 0 && j + n < last && !detect_in (ctx, j + n, LEX_GROUP)))
        return j;
    }
  return last;
}

/* Whether tokens @s..@e count the figure before them again, in other
 * units: "or some 300 people", "approximately 340 persons".
 */
static gboolean
restates_figure (DetectContext *ctx,
                 guint          s,
                 guint          e)
{
  if (s < e && _diptych_detect_is (ctx, s, "or"))
    s++;
  if (s < e)
    s += _diptych_detect_match (ctx, s, LEX_QUALIFIER, NULL);
  return s + 2 == e && detect_key (ctx, s)->quantity && detect_in (ctx, s + 1, LEX_GROUP);
}

/* Whether the aside from @i names someone among them and ends there:
 * "6 people from the village, Adil among them, were arrested".
 */
static gboolean
among_them_aside (DetectContext *ctx,
                  guint          i,
                  guint          last)
{
  for (guint k = i; k + 2 < last && k < i + ASIDE_WINDOW; k++)
    {
      if (_diptych_detect_is (ctx, k, "among") && _diptych_detect_is (ctx, k + 1, "them"))
        return k > i && _diptych_detect_is (ctx, k + 2, ",");
      if (_diptych_detect_is_punct (ctx, k))
        return FALSE;
    }
  return FALSE;
}

/* The closing dash of a dash aside at the dash @i when the figure's verb
 * follows it, a verb of being or of what happened: past the aside from
 * its opening dash, when that is just after the figure (@opening: "3,400
 * families – roughly 17,000 people – had sought refuge", "… – fled"), or
 * out of it from its closing dash ("17,000 people – had", "seven guards
 * and a nurse … among them – were wounded"); else @last.
 */
static guint
dash_aside_end (DetectContext *ctx,
                guint          i,
                gboolean       opening,
                guint          last)
{
  guint j;

  for (j = i + 1; opening && j < last && j < i + ASIDE_WINDOW; j++)
    {
      if (_diptych_detect_is_dash (ctx, j))
        {
          if (j + 1 < last && (_diptych_detect_is_verb_of_be (ctx, j + 1) || outcome_verb_at (ctx, j + 1, last) ||
                               /* "164 families – some 540 people – who
                                * have left their homes", "600 households
                                * — nearly 3,000 people — left Boudouri"
                                */
                               (j + 2 < last && _diptych_detect_is (ctx, j + 1, "who") &&
                                (detect_in (ctx, j + 2, LEX_AUXILIARY) || outcome_verb_at (ctx, j + 2, last))) ||
                               (j + 2 < last && _diptych_detect_is (ctx, j + 1, "left") && detect_key (ctx, j + 2)->upper)))
            return j;
          break;
        }
      if (_diptych_detect_is (ctx, j, ";"))
        break;
    }
  if (i + 1 >= last || !(_diptych_detect_is_verb_of_be (ctx, i + 1) || outcome_verb_at (ctx, i + 1, last)))
    return last;
  /* the opening dash is on the figure's line: not a line's before it,
   * which may be in another part
   */
  for (j = i; j > 0 && i - j < ASIDE_WINDOW && !detect_line_before (ctx, j); j--)
    {
      if (_diptych_detect_is_dash (ctx, j - 1))
        return i;
      if (_diptych_detect_is (ctx, j - 1, ".") || _diptych_detect_is (ctx, j - 1, ";"))
        break;
    }
  return last;
}

/* The outcome of a clause from @i whose object is "them", the people
 * named before it: "we cannot find them", "the gunmen took them away";
 * or -1.
 */
static gint
resumed_outcome (DetectContext *ctx,
                 guint          i,
                 guint          last,
                 guint         *n)
{
  for (guint k = i; k < last && k < i + 6; k++)
    {
      gint outcome;

      if (_diptych_detect_is_punct (ctx, k) || _diptych_detect_is_quote (ctx, k))
        return -1;
      if ((outcome = _diptych_detect_match_outcome (ctx, k, n)) >= 0)
        return _diptych_detect_is (ctx, k + *n, "them") ? outcome : -1;
      if (_diptych_detect_is (ctx, k + 1, "them") && _diptych_detect_is (ctx, k + 2, "away") &&
          (_diptych_detect_is (ctx, k, "took") || _diptych_detect_is (ctx, k, "taken")))
        return DIPTYCH_OUTCOME_DETAINED;
    }
  return -1;
}

/* "families", "households": where people counted are from in "13
 * people from two families"
 */
gboolean
_diptych_detect_is_of_families (DetectContext *ctx,
                                guint          i)
{
  return _diptych_detect_is (ctx, i, "families") || _diptych_detect_is (ctx, i, "households");
}

/* The number at @i or past the words of a qualifier before it: "at
 * least six" of "from at least six villages".
 */
static guint
number_after (DetectContext *ctx,
              guint          i,
              guint          last)
{
  for (guint k = i; k < last && k < i + 4; k++)
    if (detect_key (ctx, k)->digits || detect_key (ctx, k)->number_word)
      return k;
  return i;
}

/* Whether the words from @i to @end are names, ages and where people
 * came from alone: "Sepoy Abdul Rauf, aged 24, and Lance Naik Imtiaz
 * Ali", "Ali Hassan Fakih, 29, from the town of Kfar Roummane", "Naik
 * Sher Ali, 29, a resident of Kohat".
 */
static gboolean
named_list (DetectContext *ctx,
            guint          i,
            guint          end)
{
  gboolean name = FALSE, origin = FALSE;

  for (guint k = i; k < end; k++)
    {
      if (detect_key (ctx, k)->upper && !detect_key (ctx, k)->quantity &&
          !_diptych_detect_is_punct (ctx, k))
        name = TRUE;
      else if (k > i && _diptych_detect_is (ctx, k, "from") && _diptych_detect_is (ctx, k - 1, ","))
        origin = TRUE;
      /* "Naik Sher Ali, 29, a resident of Kohat" */
      else if (k > i && _diptych_detect_is (ctx, k, "a") && _diptych_detect_is (ctx, k - 1, ",") && k + 1 < end &&
               _diptych_detect_is (ctx, k + 1, "resident"))
        continue;
      else if (k > i && _diptych_detect_is (ctx, k, "resident") &&
               (_diptych_detect_is (ctx, k - 1, ",") || _diptych_detect_is (ctx, k - 1, "a")))
        origin = TRUE;
      else if (_diptych_detect_is (ctx, k, ","))
        origin = FALSE;
      /* "2 soldiers, including Lance Naik Muhammad Saleem, 28, a
       * resident of Chakwal, embraced shahadat"
       */
      else if (!(_diptych_detect_is (ctx, k, "and") || _diptych_detect_is (ctx, k, "aged") ||
                 _diptych_detect_is (ctx, k, "including") ||
                 (_diptych_detect_is_digits (ctx, k) && k > i &&
                  (_diptych_detect_is (ctx, k - 1, "aged") ||
                   (_diptych_detect_is (ctx, k - 1, ",") && strlen (detect_lower (ctx, k)) <= 2))) ||
                 (origin && (_diptych_detect_is (ctx, k, "the") || _diptych_detect_is (ctx, k, "of") ||
                             _diptych_detect_is (ctx, k, "town") || _diptych_detect_is (ctx, k, "village") ||
                             _diptych_detect_is (ctx, k, "city") || _diptych_detect_is (ctx, k, "district")))))
        return FALSE;
    }
  return name;
}

/* Whether a word at @i may be a verb: not after a determiner or a
 * preposition, as in "the killings" and "of those killed".
 */
static gboolean
may_be_verb (DetectContext *ctx,
             guint          i)
{
  static const char *const before_nouns[] = {
    "the", "those", "their", "a", "an", "of", "against", "for", "over", "about", "after", "by", "with",
  };

  for (guint k = 0; k < G_N_ELEMENTS (before_nouns); k++)
    if (_diptych_detect_is (ctx, i - 1, before_nouns[k]))
      return FALSE;
  /* "accused of murder over the roadblock killings": a plural in -ings */
  return !detect_ends_with (ctx, i, "ings");
}

/* Whether @from … @comma is where the figure's people are from, ending in
 * a name: "140 residents of lower Gali, most of them families, have
 * crossed", then an aside as after the head.
 */
static gboolean
is_named_place_after (DetectContext *ctx,
                      guint          from,
                      guint          comma)
{
  /* "of the Volunteers for the Defence of the Homeland (VDP),": past the
   * initials after the name
   */
  if (comma > from + 4 && _diptych_detect_is (ctx, comma - 1, ")") && _diptych_detect_is (ctx, comma - 3, "(") &&
      detect_key (ctx, comma - 2)->all_upper)
    comma -= 3;
  /* … or in the places around it: "residents of Aksay and neighbouring
   * villages, most of them women and children, had been evacuated"
   */
  if (comma < from + 2 || comma > from + 10 ||
      !(detect_key (ctx, comma - 1)->upper ||
        (detect_figure_word (ctx, comma - 1, FIGURE_WORD_HOME) && detect_key (ctx, from + 1)->upper)) ||
      !(_diptych_detect_is (ctx, from, "of") || _diptych_detect_is (ctx, from, "from") ||
        _diptych_detect_is (ctx, from, "in")))
    return FALSE;
  for (guint k = from + 1; k < comma; k++)
    if (_diptych_detect_is_punct (ctx, k) ||
        /* not "of 14 villages"; but "of the Army's 19 Rashtriya Rifles" */
        (_diptych_detect_is_digits (ctx, k) && !(k > from + 1 && detect_key (ctx, k - 1)->upper &&
                                                 k + 1 < comma && detect_key (ctx, k + 1)->upper)) ||
        /* a long name is one: "from the Volunteers for the Defense of
         * the Homeland"
         */
        (comma > from + 5 && !detect_key (ctx, k)->upper && !detect_key (ctx, k)->digits &&
         !_diptych_detect_is (ctx, k, "the") &&
         !_diptych_detect_is (ctx, k, "of") && !_diptych_detect_is (ctx, k, "for") &&
         !_diptych_detect_is (ctx, k, "and")))
      return FALSE;
  return TRUE;
}

/* Whether the outcome at @i is "the wounded", "the most seriously
 * injured", "more wounded" after a verb: a noun for people, after a verb
 * or a preposition of the clause (not "of the dead", "among the dead",
 * "as the dead").
 */
static gboolean
is_outcome_as_noun (DetectContext *ctx,
                    guint          from,
                    guint          i)
{
  guint the = i;

  while (the > from + 1 &&
         (detect_figure_word (ctx, the - 1, FIGURE_WORD_SEVERITY) || _diptych_detect_is (ctx, the - 1, "most")))
    the--;
  /* "a hospital that is receiving more wounded in a day" */
  if (the > from + 1 && _diptych_detect_is (ctx, the - 1, "more") &&
      (detect_ends_with (ctx, the - 2, "ing") || detect_ends_with (ctx, the - 2, "ed")) &&
      !detect_in (ctx, the - 2, LEX_OUTCOME))
    return TRUE;
  /* … "two gravediggers lifted a body", "Two men found a body": one
   * body, someone else's
   */
  /* … "One woman had kept her husband's body in the cellar" */
  if (the > from + 1 && the == i &&
      (_diptych_detect_is (ctx, the - 1, "a") ||
       (detect_key (ctx, the - 1)->possessive && !detect_key (ctx, the - 1)->upper)) &&
      (_diptych_detect_is (ctx, i, "body") || _diptych_detect_is (ctx, i, "corpse")))
    the--;
  else if (the <= from + 1 || !_diptych_detect_is (ctx, the - 1, "the"))
    return FALSE;
  else
    the--;
  return !(_diptych_detect_is (ctx, the - 1, "of") || _diptych_detect_is (ctx, the - 1, "as") ||
           _diptych_detect_is (ctx, the - 1, "among") || _diptych_detect_is (ctx, the - 1, "including") ||
           _diptych_detect_is_verb_of_be (ctx, the - 1));
}

/* Whether the outcome word at @i follows a wish for it, which says it
 * has not happened: "had asked to be relocated", "plan to leave"; not
 * "were forced to flee"; or a wish for its end: "the release of a
 * jailed councillor".
 */
static gboolean
only_wanted (DetectContext *ctx,
             guint          from,
             guint          i)
{
  guint to = i > from && _diptych_detect_is (ctx, i - 1, "be") ? i - 2 : i - 1;

  /* "marching to demand the release of a jailed opposition councillor" */
  if (i >= from + 3 && (_diptych_detect_is (ctx, i - 1, "a") || _diptych_detect_is (ctx, i - 1, "an")) &&
      _diptych_detect_is (ctx, i - 2, "of") && _diptych_detect_is (ctx, i - 3, "release"))
    return TRUE;
  return to > from && to < i && _diptych_detect_is (ctx, to, "to") &&
         detect_figure_word (ctx, to - 1, FIGURE_WORD_INTENT);
}

/* The outcome in the words after a figure, up to the clause's end. */
gint
_diptych_detect_outcome_after (DetectContext *ctx,
                               guint          from,
                               guint          last,
                               guint         *outcome_end,
                               gboolean      *among,
                               guint         *among_next)
{
  gboolean seen_among = FALSE, aside = FALSE, relative = FALSE;
  guint steps = 0, window = AFTER_WINDOW, participle_end = G_MAXUINT, place_end = G_MAXUINT, n_unused;

  /* "eight soldiers whose bodies had not been recovered": the dead */
  if (from + 1 < last && _diptych_detect_is (ctx, from, "whose") &&
      (_diptych_detect_is (ctx, from + 1, "bodies") || _diptych_detect_is (ctx, from + 1, "remains")))
    {
      *outcome_end = from + 2;
      *among = FALSE;
      return DIPTYCH_OUTCOME_KILLED;
    }
  /* "who …", "suspected of …": a clause that describes them */
  /* … "wanted for murder" */
  if (from + 1 < last &&
      (_diptych_detect_is (ctx, from, "who") ||
       ((_diptych_detect_is (ctx, from, "suspected") || _diptych_detect_is (ctx, from, "accused")) &&
        _diptych_detect_is (ctx, from + 1, "of")) ||
       (_diptych_detect_is (ctx, from, "wanted") && _diptych_detect_is (ctx, from + 1, "for"))))
    {
      window = RELATIVE_WINDOW;
      relative = TRUE;
    }
  /* "Several civilians from a fishing village next to the base were
   * among the dead": past where they are from
   */
  else if (_diptych_detect_is (ctx, from, "from"))
    window = AFTER_WINDOW + 4;

  /* "12 members of the Volunteers for the Defence of the Homeland (VDP),
   * a civilian militia, were killed": the initials end the name the
   * figure's noun holds
   */
  if (from + 3 < last && _diptych_detect_is (ctx, from, "(") && detect_key (ctx, from + 1)->all_upper &&
      _diptych_detect_is (ctx, from + 2, ")") && _diptych_detect_is (ctx, from + 3, ","))
    from += 3;
  /* "Two employees of the municipal water utility who had been repairing
   * a pipeline were among the injured": past where they work, too
   */
  else if (_diptych_detect_is (ctx, from, "of"))
    {
      guint k;

      for (k = from + 1; k + 1 < last && k < from + 7 && !_diptych_detect_is_punct (ctx, k); k++)
        if (_diptych_detect_is (ctx, k, "who"))
          {
            window = RELATIVE_WINDOW + (k - from);
            relative = TRUE;
            break;
          }
      /* "6,200 residents of the Ngam Duphli, Suan Phlu and Rama IV
       * communities were forced from their homes": past the places they
       * are from, named in a list
       */
      k = from + 1 + _diptych_detect_is (ctx, from + 1, "the");
      while (k + 1 < last && k < from + 14 &&
             ((detect_key (ctx, k)->upper && detect_key (ctx, k)->kind == DIPTYCH_TOKEN_WORD) ||
              _diptych_detect_is (ctx, k, ",") || _diptych_detect_is (ctx, k, "and")))
        k++;
      if (!relative && k > from + 3 && k + 1 < last && detect_in (ctx, k, LEX_PLACE) && _diptych_detect_is_plural_noun (ctx, k))
        from = k + 1;
    }

  /* "120 men and boys, some as young as 15, were detained", "At least
   * 1,300 migrants and asylum seekers, among them some 200 children, are
   * being held": past the head's second noun to its aside
   */
  if (from + 2 < last && _diptych_detect_is (ctx, from, "and"))
    {
      guint second = _diptych_detect_match (ctx, from + 1, LEX_GROUP, NULL);

      if (second > 0 && from + 1 + second < last && _diptych_detect_is (ctx, from + 1 + second, ","))
        from += 1 + second;
    }

  /* "Two civilians living next to the station, a shopkeeper and his
   * son, were also killed": past where they lived, to the aside
   */
  if (from + 2 < last && !detect_key (ctx, from)->upper && detect_ends_with (ctx, from, "ing") &&
      _diptych_detect_match_outcome (ctx, from, &n_unused) < 0)
    for (participle_end = from + 1; participle_end < last && participle_end < from + 8; participle_end++)
      if (_diptych_detect_is_punct (ctx, participle_end) || detect_in (ctx, participle_end, LEX_REPORTING) ||
          detect_in (ctx, participle_end, LEX_AUXILIARY) ||
          _diptych_detect_match_outcome (ctx, participle_end, &n_unused) >= 0)
        break;
  if (participle_end >= last || !_diptych_detect_is (ctx, participle_end, ","))
    participle_end = G_MAXUINT;
  else
    window += participle_end - from;

  *among_next = G_MAXUINT;
  for (guint i = from; i < last && steps < window; i++, steps++)
    {
      guint n, aside_end;
      gint outcome;

      /* "Two humanitarian partners suspended their activities after a
       * staff member was briefly detained": a clause of its own, with its
       * own subject, says what befell someone else
       */
      if (i > from && i + 1 < last &&
          (_diptych_detect_is (ctx, i, "after") || _diptych_detect_is (ctx, i, "before") ||
           _diptych_detect_is (ctx, i, "when") || _diptych_detect_is (ctx, i, "because") ||
           _diptych_detect_is (ctx, i, "until")) &&
          (_diptych_detect_is_article (ctx, i + 1) || _diptych_detect_is (ctx, i + 1, "a") ||
           _diptych_detect_is (ctx, i + 1, "an") || _diptych_detect_is (ctx, i + 1, "the")) &&
          !_diptych_detect_is_verb_of_be (ctx, i - 1))
        {
          /* … but past it to the verb of the relative's people: "six
           * workers who were trapped when the roof collapsed were still
           * unaccounted for"
           */
          guint j;

          if (!relative || !_diptych_detect_is (ctx, i, "when"))
            return -1;
          for (j = i + 2; j < last && j < i + 8 && !_diptych_detect_is_punct (ctx, j) &&
                          !(_diptych_detect_is (ctx, j, "were") || _diptych_detect_is (ctx, j, "are"));
               j++)
            ;
          if (!(j < last && (_diptych_detect_is (ctx, j, "were") || _diptych_detect_is (ctx, j, "are"))))
            return -1;
          steps += j - i;
          i = j - 1;
          continue;
        }
      Quantity q;

      if (_diptych_detect_is_quote (ctx, i) || _diptych_detect_is_apostrophe (ctx, i))
        continue;
      /* a name of several words counts as one: "of the District Reserve
       * Guard (DRG) and their civilian driver were killed"
       */
      if (i > from && detect_key (ctx, i)->upper && detect_key (ctx, i - 1)->upper && steps > 0)
        steps--;
      /* "some 1.9 million people, about 90 percent of the population, had
       * been displaced": past an aside to the verb
       */
      /* … and "1,350 residents from six wards, among them 400 children,
       * had been relocated": past the places to the aside
       */
      /* "47 people with gunshot, arrow and machete wounds", "treating 41
       * people for gunshot, machete and burn injuries": a list of what
       * wounded them
       */
      if (_diptych_detect_is (ctx, i, ",") && i >= from + 2 &&
          (_diptych_detect_is (ctx, i - 2, "with") || _diptych_detect_is (ctx, i - 2, "for")))
        {
          guint k;

          for (k = i + 1; k < last && k < i + 6 && (!_diptych_detect_is_punct (ctx, k) || _diptych_detect_is (ctx, k, ",")) &&
                          _diptych_detect_match_outcome (ctx, k, &n_unused) < 0;
               k++)
            ;
          if (k < last && k < i + 6 && _diptych_detect_is (ctx, k - 2, "and") &&
              _diptych_detect_match_outcome (ctx, k, &n_unused) >= 0)
            continue;
        }
      /* "four protesters, a police officer and a 15-year-old boy were
       * killed": past the others listed with them, each without a number,
       * to the verb they share
       */
      if (i == from && _diptych_detect_is (ctx, i, ",") && i + 4 < last &&
          (_diptych_detect_is (ctx, i + 1, "a") || _diptych_detect_is (ctx, i + 1, "an") ||
           detect_is_possessive_determiner (ctx, i + 1)))
        {
          guint k, and_at = 0;

          for (k = i + 1; k < last && k < i + 14; k++)
            {
              /* … a verb of their own, not a participle of the last
               * ("the coffin of a girl killed by a stray bullet")
               */
              if (and_at > 0 && (detect_in (ctx, k, LEX_AUXILIARY) || _diptych_detect_is (ctx, k, "died")))
                break;
              if (_diptych_detect_is (ctx, k, "and"))
                and_at = k;
              else if ((_diptych_detect_is_punct (ctx, k) && !_diptych_detect_is (ctx, k, ",") &&
                        !_diptych_detect_is (ctx, k, "-")) ||
                       (detect_key (ctx, k)->quantity && !_diptych_detect_is (ctx, k, "a") &&
                        !_diptych_detect_is (ctx, k, "an") && !(k + 1 < last && _diptych_detect_is (ctx, k + 1, "-"))) ||
                       detect_in (ctx, k, LEX_REPORTING))
                {
                  and_at = 0;
                  break;
                }
            }
          if (and_at > 0 && k < last && k > and_at + 1 && k < i + 14)
            {
              window += k - i;
              i = k - 1;
              continue;
            }
        }
      /* "Around 200 families in the Old Ministers' Hill neighbourhood,
       * which overlooks the secretariat, had left their homes": past a
       * relative clause about where they are
       */
      if (_diptych_detect_is (ctx, i, ",") &&
          (i == from || i == participle_end || i == place_end || is_named_place_after (ctx, from, i) ||
           (i > from && i + 1 < last && _diptych_detect_is (ctx, i + 1, "which")) ||
           /* "About 300 residents of the village, including 40 children,
            * were killed": a breakdown past where they are from
            */
           (i > from + 1 && i <= from + 4 && i + 1 < last &&
            (_diptych_detect_match (ctx, i + 1, LEX_BREAKDOWN, NULL) > 0 || among_them_aside (ctx, i + 1, last)) &&
            (_diptych_detect_is (ctx, from, "of") || _diptych_detect_is (ctx, from, "from") ||
             _diptych_detect_is (ctx, from, "in"))) ||
           /* … or their names: "Two members of the task force, Brigadier
            * Andi Rahman and Private Yosua Lumintang, were killed"
            */
           /* … "Two agents of Brazil's environmental protection agency,
            * Ibama, were shot dead"
            */
           (i > from + 1 && i <= from + 8 && i + 1 < last && detect_key (ctx, i + 1)->upper &&
            !detect_in (ctx, i + 1, LEX_FUNCTION) && _diptych_detect_is (ctx, from, "of")) ||
           /* … or what the place they are of is: "Three members of the
            * community council of Santa Rosa, a village in Chisec, were
            * killed"
            */
           (i > from + 1 && i <= from + 8 && i + 1 < last && _diptych_detect_is (ctx, from, "of") &&
            detect_key (ctx, i - 1)->upper && _diptych_detect_is_article (ctx, i + 1))))
        {
          guint j;

          for (j = i + 1; j < last && j < i + ASIDE_WINDOW && !_diptych_detect_is (ctx, j, ",");
               j++)
            ;
          /* "two soldiers, Sepoy Abdul Rauf, aged 24, and Lance Naik
           * Imtiaz Ali, aged 31, embraced shahadat": past a list of names
           */
          while (j < last && j + 1 < last && j + 1 < i + 2 * ASIDE_WINDOW && named_list (ctx, i + 1, j) &&
                 !_diptych_detect_is_verb_of_be (ctx, j + 1) &&
                 _diptych_detect_match_outcome (ctx, j + 1, &n) < 0)
            for (j++; j < last && j < i + 2 * ASIDE_WINDOW && !_diptych_detect_is (ctx, j, ","); j++)
              ;
          /* "3,200 people, most of them Angolan, Congolese and Zimbabwean
           * nationals, have been displaced": past names listed in the aside
           */
          while ((detect_in (ctx, i + 1, LEX_BREAKDOWN) || _diptych_detect_is (ctx, i + 1, "most") ||
                  _diptych_detect_is (ctx, i + 1, "many") || _diptych_detect_is (ctx, i + 1, "mostly") ||
                  /* "3,600 people, almost all of them Serbs, Roma and
                   * Ashkali, had been forced from their homes"
                   */
                  ((_diptych_detect_is (ctx, i + 1, "almost") || _diptych_detect_is (ctx, i + 1, "nearly")) &&
                   _diptych_detect_is (ctx, i + 2, "all"))) &&
                 j + 1 < last && j + 1 < i + 2 * ASIDE_WINDOW && _diptych_detect_is (ctx, j, ",") &&
                 detect_key (ctx, j - 1)->upper && detect_key (ctx, j + 1)->upper &&
                 !detect_key (ctx, j + 1)->quantity)
            for (j++; j < last && j < i + 2 * ASIDE_WINDOW && !_diptych_detect_is (ctx, j, ","); j++)
              ;
          /* "At least 19 people, including seven women, four children
           * and eight men, were killed": past the breakdown's list, each
           * item after a comma a count of its own
           */
          if (_diptych_detect_match (ctx, i + 1, LEX_BREAKDOWN, NULL) > 0)
            while (j + 2 < last && j < i + 3 * ASIDE_WINDOW && _diptych_detect_is (ctx, j, ",") &&
                   (detect_key (ctx, j + 1)->digits || detect_key (ctx, j + 1)->number_word ||
                    (_diptych_detect_is (ctx, j + 1, "and") &&
                     (detect_key (ctx, j + 2)->digits || detect_key (ctx, j + 2)->number_word))))
              for (j++; j < last && j < i + 3 * ASIDE_WINDOW && !_diptych_detect_is (ctx, j, ","); j++)
                ;
          /* "four brave sons of soil, including a young officer, having
           * fought gallantly, embraced shahadat": past a participle's
           * aside after the first
           */
          if (j + 1 < last && _diptych_detect_is (ctx, j, ",") && detect_ends_with (ctx, j + 1, "ing") &&
              detect_in (ctx, i + 1, LEX_BREAKDOWN))
            {
              guint k;

              for (k = j + 1; k < last && k < j + ASIDE_WINDOW && !_diptych_detect_is (ctx, k, ","); k++)
                ;
              if (k < last && _diptych_detect_is (ctx, k, ","))
                j = k;
            }
          /* "137 families — about 520 people, among them some 200
           * children — were staying in a school gym": a breakdown that
           * ends the dashes the figure stands in
           */
          if (_diptych_detect_match (ctx, i + 1, LEX_BREAKDOWN, NULL) > 0)
            for (guint k = i + 1; k < j; k++)
              if (_diptych_detect_is_dash (ctx, k))
                {
                  j = k;
                  break;
                }
          /* "one of our drivers, a father of three, was killed", "30
           * people, all of them combatants, died"
           */
          if (j < last && (_diptych_detect_is (ctx, j, ",") || _diptych_detect_is_dash (ctx, j)) && j + 1 < last &&
              (_diptych_detect_is (ctx, j + 1, "had") || _diptych_detect_is (ctx, j + 1, "have") ||
               _diptych_detect_is (ctx, j + 1, "has") || _diptych_detect_is (ctx, j + 1, "were") ||
               _diptych_detect_is (ctx, j + 1, "was") || _diptych_detect_is (ctx, j + 1, "are") ||
               _diptych_detect_is (ctx, j + 1, "is") || outcome_verb_at (ctx, j + 1, last) ||
               /* "Up to 2,000 Muslims, including some 600 children, spent
                * the night sheltering in mosques"
                */
               without_homes (ctx, j + 1, last) > 0 ||
               /* "About 60 families, or roughly 210 people, left Lagos del
                * Dorado"
                */
               (_diptych_detect_is (ctx, j + 1, "left") && j + 2 < last && detect_key (ctx, j + 2)->upper) ||
               /* "at least 16 activists, three of them women, who have
                * been arrested": the relative clause after the aside
                */
               (_diptych_detect_is (ctx, j + 1, "who") && j + 2 < last &&
                (detect_in (ctx, j + 2, LEX_AUXILIARY) || outcome_verb_at (ctx, j + 2, last)) &&
                (_diptych_detect_match (ctx, i + 1, LEX_BREAKDOWN, NULL) > 0 ||
                 (i + 3 < j && detect_key (ctx, i + 1)->quantity && _diptych_detect_is (ctx, i + 2, "of") &&
                  _diptych_detect_is (ctx, i + 3, "them")) ||
                 /* "86 families, approximately 340 persons, who had left
                  * their homes", "between 60 and 70 families, or some 300
                  * people, who are now sheltering": the same people
                  * counted another way
                  */
                 (i == from && j <= i + 6 && restates_figure (ctx, i + 1, j))))))
            {
              i = j;
              aside = TRUE;
              continue;
            }
          return -1;
        }
      if (_diptych_detect_is_dash (ctx, i) &&
          (aside_end = dash_aside_end (ctx, i, i == from, last)) < last)
        {
          i = aside_end;
          aside = TRUE;
          steps = 0;
          continue;
        }
      /* "My cousin and her three children — we cannot find them": the
       * clause after the dash says it of them again
       */
      if (_diptych_detect_is_dash (ctx, i) &&
          (outcome = resumed_outcome (ctx, i + 1, last, &n)) >= 0)
        {
          *outcome_end = from;
          *among = FALSE;
          return outcome;
        }
      /* "At least nine persons including six policemen embraced
       * shahadat": past a breakdown without commas to the verb
       */
      if (i == from && _diptych_detect_is (ctx, i, "including") &&
          (aside_end = breakdown_end (ctx, i, last)) < last)
        {
          i = aside_end - 1;
          aside = TRUE;
          continue;
        }
      /* "two jawans of the District Reserve Guard (DRG) were killed",
       * "An estimated 4,100 people (approximately 640 households) have
       * fled": past brackets, and from the end of the bracketed figure
       */
      if (_diptych_detect_is (ctx, i, "("))
        {
          guint close;

          for (close = i + 1; close < last && close < i + ASIDE_WINDOW &&
                              !_diptych_detect_is (ctx, close, ")") && !_diptych_detect_is (ctx, close, "(");
               close++)
            ;
          if (close < last && _diptych_detect_is (ctx, close, ")"))
            {
              i = close;
              continue;  /* counted as one word */
            }
        }
      if (i == from && _diptych_detect_is (ctx, i, ")"))
        {
          aside = TRUE;
          continue;
        }
      if (_diptych_detect_is_punct (ctx, i) && !_diptych_detect_is (ctx, i, "."))
        return -1;
      /* "Two officials said the wounded …": a clause of its own, but not
       * "were reported killed", "were confirmed dead"
       */
      if (detect_in (ctx, i, LEX_REPORTING) && !(i > from && detect_in (ctx, i - 1, LEX_AUXILIARY)) &&
          /* "who had resettled on the disputed land": a word that
           * describes the land
           */
          !(i > from && (_diptych_detect_is (ctx, i - 1, "the") || _diptych_detect_is_article (ctx, i - 1))) &&
          /* "are also reported to have fled" */
          !(i > from + 1 && detect_in (ctx, i - 1, LEX_SKIP) && detect_in (ctx, i - 2, LEX_AUXILIARY)) &&
          !_diptych_detect_is (ctx, i, "found") &&  /* "12 people found dead" */
          /* "three men suspected of having informed the gunmen": what
           * they are suspected of
           */
          !(i > from && _diptych_detect_is (ctx, i - 1, "having")) &&
          /* "abducted five villagers accused of cooperating": what they are
           * accused of, not who says it
           */
          !(_diptych_detect_is (ctx, i, "accused") && i + 1 < last && _diptych_detect_is (ctx, i + 1, "of")) &&
          /* "at least 17 people reported missing", "three soldiers
           * reported killed": a participle with its outcome
           */
          /* … "We have 26 confirmed dead"; and past a breakdown's aside:
           * "Nine people, including five children, reported abducted"
           */
          !((i == from || (i > from && _diptych_detect_is (ctx, i - 1, ","))) &&
            (_diptych_detect_is (ctx, i, "reported") || _diptych_detect_is (ctx, i, "confirmed")) &&
            i + 1 < last && _diptych_detect_match (ctx, i + 1, LEX_OUTCOME, NULL) > 0) &&
          /* "a list of 31 people it said had died": who says it, inside */
          !(i == from + 1 && detect_in (ctx, from, LEX_PERSONAL) && i + 1 < last &&
            (detect_in (ctx, i + 1, LEX_AUXILIARY) || _diptych_detect_match_outcome (ctx, i + 1, &n) >= 0)))
        return -1;
      /* "… reached 74 affected villages and that the death toll …" */
      if (_diptych_detect_is (ctx, i, "and") && _diptych_detect_is (ctx, i + 1, "that"))
        return -1;
      if (_diptych_detect_is (ctx, i, "among"))
        {
          gint victims;

          /* "Nine members of one family were among the victims": of the
           * dead or hurt the article counted last
           */
          if (i + 2 < last && _diptych_detect_is (ctx, i + 1, "the") && _diptych_detect_is (ctx, i + 2, "victims") &&
              (victims = _diptych_detect_outcome_before (ctx)) >= 0)
            {
              *outcome_end = i + 3;
              *among = TRUE;
              return victims;
            }
          /* "Her husband and two grown sons were among those taken" */
          if (i + 2 < last && _diptych_detect_is (ctx, i + 1, "those") && _diptych_detect_is (ctx, i + 2, "taken") &&
              (i + 3 >= last || _diptych_detect_is_punct (ctx, i + 3) ||
               (detect_in (ctx, i + 3, LEX_FUNCTION) && !_diptych_detect_is (ctx, i + 3, "to"))))
            {
              *outcome_end = i + 3;
              *among = TRUE;
              return DIPTYCH_OUTCOME_DETAINED;
            }
          seen_among = TRUE;
          continue;
        }
      /* "1,200 residents of 14 border villages had been moved", "1,200
       * families from three villages had fled", "2,000 residents of Nam
       * Hpat and three neighbouring villages have fled": past the places
       * they are from
       */
      if ((_diptych_detect_is (ctx, i, "of") || _diptych_detect_is (ctx, i, "from") ||
           (_diptych_detect_is (ctx, i, "and") && i > from && detect_key (ctx, i - 1)->upper)) &&
          i + 1 < last && _diptych_detect_read_quantity (ctx, number_after (ctx, i + 1, last), i + 1, last, &q))
        {
          guint place = q.end < last && detect_in (ctx, q.end, LEX_PLACE) ? q.end : q.end + 1;

          if (place < last && detect_in (ctx, place, LEX_PLACE))
            {
              i = place;
              place_end = place + 1;
              continue;
            }
          /* "Thirteen people from two families were forced from their
           * homes": past the families they are from
           */
          if (_diptych_detect_is (ctx, i, "from") && q.end < last && _diptych_detect_is_of_families (ctx, q.end))
            {
              i = q.end;
              continue;
            }
        }
      if (!seen_among && (_diptych_detect_is (ctx, i, "and") || _diptych_detect_is (ctx, i, "while")) &&
          i + 1 < last && _diptych_detect_read_quantity (ctx, i + 1, i + 1, last, &q))
        return -1;
      /* "support to the 23 displaced families and to the family of the
       * man who was killed": another of the verb's objects
       */
      if (_diptych_detect_is (ctx, i, "and") && i + 1 < last &&
          (_diptych_detect_is (ctx, i + 1, "to") || _diptych_detect_is (ctx, i + 1, "for")))
        return -1;
      /* "six or seven boys aged between 12 and 16 had been abducted":
       * past their ages
       */
      if (_diptych_detect_is (ctx, i, "aged") && i + 1 < last &&
          _diptych_detect_read_quantity (ctx, i + 1 + _diptych_detect_is (ctx, i + 1, "between"), i + 1, last, &q))
        {
          /* … and past the others of a list: "two boys aged 12 and 14
           * were killed", "aged 9, 12 and 14"
           */
          Quantity age;

          /* … not "aged 40 and 12 other people", whose noun follows */
          while (q.end + 1 < last &&
                 (_diptych_detect_is (ctx, q.end, "and") || _diptych_detect_is (ctx, q.end, "or") ||
                  _diptych_detect_is (ctx, q.end, ",")) &&
                 _diptych_detect_is_digits (ctx, q.end + 1) &&
                 _diptych_detect_read_quantity (ctx, q.end + 1, q.end + 1, last, &age) &&
                 !(age.end < last && (detect_in (ctx, age.end, LEX_GROUP) || _diptych_detect_is (ctx, age.end, "other") ||
                                      _diptych_detect_is (ctx, age.end, "others") ||
                                      _diptych_detect_is_plural_noun (ctx, age.end))))
            q = age;
          i = q.end - 1;
          continue;
        }
      /* "four children under five have died": past their age */
      if (i == from && _diptych_detect_is (ctx, i, "under") && _diptych_detect_read_quantity (ctx, i + 1, i, last, &q) &&
          from > 0 && detect_in (ctx, from - 1, LEX_GROUP) &&
          detect_value (ctx, from - 1, LEX_GROUP) == DIPTYCH_GROUP_CHILDREN)
        {
          i = q.end - 1;
          continue;
        }
      /* "Two soldiers of the Army's 19 Rashtriya Rifles … made the
       * supreme sacrifice": the number of a unit's name
       */
      if (i > from && detect_key (ctx, i)->digits && i + 1 < last && detect_key (ctx, i + 1)->upper &&
          !detect_in (ctx, i + 1, LEX_MONTH) && detect_key (ctx, i - 1)->upper)
        continue;
      if (_diptych_detect_read_quantity (ctx, i, i, last, &q) &&
          !_diptych_detect_is_determiner_one (ctx, &q, from, last))
        {
          /* "11 families in two hill villages had fled": past the places
           * they are from
           */
          guint place = q.end + (q.end + 1 < last && !detect_in (ctx, q.end, LEX_PLACE) &&
                                 !_diptych_detect_is_punct (ctx, q.end) && detect_in (ctx, q.end + 1, LEX_PLACE));

          if (i > from && (_diptych_detect_is (ctx, i - 1, "in") || _diptych_detect_is (ctx, i - 1, "from")) &&
              place < last && detect_in (ctx, place, LEX_PLACE) && _diptych_detect_is_plural_noun (ctx, place))
            {
              i = place;
              continue;
            }
          if (!seen_among)
            return -1;
          if (*among_next == G_MAXUINT)
            *among_next = q.num;
          i = q.end - 1;
          continue;
        }
      /* "had crossed the Friendship Bridge and the river into Mae Sot":
       * the words up to where they went, before the lists' "crossed"
       */
      if (detect_lower (ctx, i)[0] == 'c' && (n = crossed_into (ctx, i, last)) > 0)
        outcome = DIPTYCH_OUTCOME_DISPLACED;
      /* "were shifted to the hospital", before the lists' "shifted to" */
      else if ((n = taken_to_hospital (ctx, i, last)) > 0)
        outcome = DIPTYCH_OUTCOME_INJURED;
      else
        outcome = _diptych_detect_match_outcome (ctx, i, &n);
      /* in that clause a verb, not a noun: "who protested against the
       * killings", "who gathered … for the funeral of those killed",
       * "suspected of killing civilians had been arrested"
       */
      /* "11 men from displaced families were detained": where they come
       * from, not what befell them
       */
      if (outcome >= 0 && n == 1 && i > from && _diptych_detect_is (ctx, i - 1, "from") &&
          detect_in (ctx, i + 1, LEX_GROUP))
        {
          i++;
          continue;
        }
      if (outcome >= 0 && relative && !seen_among && !may_be_verb (ctx, i))
        {
          i += n - 1;
          continue;
        }
      /* "gathered in Martyrs Square": a capital inside the sentence makes
       * it a name; not in a headline in title case, "14 Maoists Killed In
       * Abujhmad Gunfight"
       */
      if (outcome >= 0 && detect_key (ctx, i)->upper && !detect_key (ctx, i)->all_upper && !in_title_case (ctx, i))
        continue;
      if (outcome < 0 && ((n = left_homes (ctx, i, last)) > 0 || (n = left_for_good (ctx, from, i, last)) > 0))
        outcome = DIPTYCH_OUTCOME_DISPLACED;
      /* "one of its paramedics had been hit in the leg" */
      else if (outcome < 0 && (_diptych_detect_is (ctx, i, "hit") || _diptych_detect_is (ctx, i, "struck")) &&
               i + 3 < last && _diptych_detect_is (ctx, i + 1, "in") &&
               (_diptych_detect_is (ctx, i + 2, "the") || detect_is_possessive_determiner (ctx, i + 2)) &&
               detect_figure_word (ctx, i + 3, FIGURE_WORD_BODY_PART))
        {
          n = 4;
          outcome = DIPTYCH_OUTCOME_INJURED;
        }
      else if (outcome < 0 && ((n = without_homes (ctx, i, last)) > 0 || (n = reached_camps (ctx, i, last)) > 0))
        outcome = DIPTYCH_OUTCOME_DISPLACED;
      else if (outcome < 0 && ((n = taken_from_homes (ctx, i, last)) > 0 || (n = taken_by_armed (ctx, i, last)) > 0))
        outcome = DIPTYCH_OUTCOME_DETAINED;
      else if (outcome < 0 && feared_trapped (ctx, from, i, last))
        {
          n = 1;
          outcome = DIPTYCH_OUTCOME_MISSING;
        }
      else if (outcome < 0 && (n = still_under_rubble (ctx, from, i, last)) > 0)
        outcome = DIPTYCH_OUTCOME_MISSING;
      /* "buried under the rubble" says where they are, not that they
       * died; "buried in a mass grave" does
       */
      if (outcome >= 0 && _diptych_detect_is (ctx, i, "buried") && i + 1 < last &&
          (_diptych_detect_is (ctx, i + 1, "under") || _diptych_detect_is (ctx, i + 1, "beneath") ||
           _diptych_detect_is (ctx, i + 1, "alive") ||
           (_diptych_detect_is (ctx, i + 1, "in") &&
            (detect_figure_word (ctx, i + 2, FIGURE_WORD_RUBBLE) ||
             detect_figure_word (ctx, i + 3, FIGURE_WORD_RUBBLE)))))
        {
          /* … "searching for about a dozen people believed to be buried
           * under the collapsed hall": not found, so missing
           */
          if (i >= from + 3 && _diptych_detect_is (ctx, i - 3, "believed") && _diptych_detect_is (ctx, i - 2, "to") &&
              _diptych_detect_is (ctx, i - 1, "be") && !_diptych_detect_is (ctx, i + 1, "alive"))
            outcome = DIPTYCH_OUTCOME_MISSING;
          else
            continue;
        }
      /* "employees of the internal affairs bodies": after the figure
       * "bodies" is a noun of its own, not what happened to them; but
       * "took 27 passengers hostage" says it
       */
      if (outcome >= 0 && detect_in (ctx, i, LEX_GROUP) && !(i == from && outcome == DIPTYCH_OUTCOME_DETAINED))
        continue;
      /* "19 witnesses to the killings", "relatives at the funeral of the
       * dead": a noun of what happened to others
       */
      if (outcome >= 0 && i > from + 1 && _diptych_detect_is (ctx, i - 1, "the") &&
          (_diptych_detect_is (ctx, i - 2, "to") || _diptych_detect_is (ctx, i - 2, "about") ||
           _diptych_detect_is (ctx, i - 2, "over")))
        return -1;
      /* "Two ambulances took the wounded to hospital", "two of its
       * helicopters had flown the most seriously wounded": the outcome as
       * a noun, others the figure's people did something for; not "two
       * of the dead", "counted as the dead"
       */
      if (outcome >= 0 && !seen_among && is_outcome_as_noun (ctx, from, i))
        return -1;
      /* "3 new sites for displaced families", "the 14 schools hosting
       * displaced families": the word tells of other people, not of the
       * figure's
       */
      /* … and past an adverb: "600 shelters in the town's camp for
       * internally displaced persons"
       */
      if (outcome >= 0 && i > from && i + n < last && _diptych_detect_match (ctx, i + n, LEX_GROUP, NULL) > 0)
        {
          guint p = i - 1;

          if (p > from && detect_ends_with (ctx, p, "ly"))
            p--;
          if (_diptych_detect_is (ctx, p, "for") || _diptych_detect_is (ctx, p, "of") ||
              _diptych_detect_is (ctx, p, "to") || _diptych_detect_is (ctx, p, "with") ||
              _diptych_detect_is (ctx, p, "from") || detect_figure_word (ctx, p, FIGURE_WORD_HOST))
            return -1;
        }
      /* "five militants killed two soldiers": they did it; not "were
       * killed the same day", "killed a day after", which take no object,
       * nor "died a hero's death", a verb that takes none
       */
      if (outcome >= 0 && outcome != DIPTYCH_OUTCOME_DISPLACED && outcome != DIPTYCH_OUTCOME_MISSING &&
          i + n < last && !seen_among && !is_outcome_noun (ctx, i + n - 1) &&
          !(n == 1 && (_diptych_detect_is (ctx, i, "died") || _diptych_detect_is (ctx, i, "perished"))) &&
          _diptych_detect_is_object_start (ctx, i + n, last) &&
          !_diptych_detect_names_a_time (ctx, i + n, last) && !is_passive (ctx, from, i))
        return -1;
      /* … "residents who had refused to leave their homes are still
       * missing": past the wish in a relative clause
       */
      /* "has evaded arrest since 2019": what did not happen to them */
      if (outcome >= 0 && i > from &&
          (_diptych_detect_is (ctx, i - 1, "evaded") || _diptych_detect_is (ctx, i - 1, "eluded") ||
           _diptych_detect_is (ctx, i - 1, "avoided") || _diptych_detect_is (ctx, i - 1, "escaped")) &&
          /* … not "a number of them escaped wounded" */
          (_diptych_detect_is (ctx, i, "arrest") || _diptych_detect_is (ctx, i, "capture") ||
           _diptych_detect_is (ctx, i, "death") || _diptych_detect_is (ctx, i, "detention")))
        return -1;
      if (outcome >= 0 && only_wanted (ctx, from, i))
        {
          if (!relative)
            return -1;
          i += n - 1;
          continue;
        }
      /* "five of whom were beaten or hacked to death": the last verb says
       * how it ended
       */
      if (outcome == DIPTYCH_OUTCOME_INJURED && i + n + 1 < last &&
          (_diptych_detect_is (ctx, i + n, "or") || _diptych_detect_is (ctx, i + n, "and")))
        {
          guint m;

          if (_diptych_detect_match_outcome (ctx, i + n + 1, &m) == DIPTYCH_OUTCOME_KILLED && m > 1)
            {
              outcome = DIPTYCH_OUTCOME_KILLED;
              n += 1 + m;
            }
        }
      /* "one of the children in intensive care had died": where they
       * lay, then what became of them
       */
      if (outcome == DIPTYCH_OUTCOME_INJURED && i > from && _diptych_detect_is (ctx, i - 1, "in"))
        {
          guint k = i + n, m;

          while (k < last && k < i + n + 3 && (detect_in (ctx, k, LEX_AUXILIARY) || detect_in (ctx, k, LEX_SKIP)))
            k++;
          if (k > i + n && k < last && _diptych_detect_match_outcome (ctx, k, &m) == DIPTYCH_OUTCOME_KILLED)
            {
              outcome = DIPTYCH_OUTCOME_KILLED;
              n = k + m - i;
            }
        }
      if (outcome >= 0)
        {
          /* "saved their lives" and "feared dead" are not deaths */
          if (n == 2 && _diptych_detect_is (ctx, i, "their") && i > 0 &&
              !_diptych_detect_is (ctx, i - 1, "cost") && !detect_in (ctx, i - 1, LEX_GROUP) &&
              !_diptych_detect_is_number_word (ctx, i - 1) &&
              !_diptych_detect_is_digits (ctx, i - 1))
            {
              i++;
              continue;
            }
          /* past an aside the span is the figure's alone */
          *outcome_end = aside ? from : i + n;
          *among = seen_among;
          return outcome;
        }
    }
  return -1;
}

/* Whether the toll word at @toll is followed by a verb that updates it:
 * "the number had risen to 61", "the figure rose to 40".
 */
static gboolean
risen_after (DetectContext *ctx,
             guint          toll)
{
  guint k = toll + 1;

  while (on_line (ctx, k) && detect_in (ctx, k, LEX_AUXILIARY))
    k++;
  return on_line (ctx, k) &&
         (_diptych_detect_is (ctx, k, "risen") || _diptych_detect_is (ctx, k, "rose") ||
          _diptych_detect_is (ctx, k, "climbed") || _diptych_detect_is (ctx, k, "increased"));
}

/* The outcome of the last figure found before @toll in its sentence or
 * the one before, when the toll is put anew: "put the number at", "put
 * their number at", "gave a lower figure of"; or in its sentence, when
 * the toll is a source's: "nearly triple the government's figure of
 * 1,200"; or -1
 */
static gint
outcome_put_again (DetectContext *ctx,
                   guint          first,
                   guint          toll)
{
  const DetectItem *figure;
  gboolean owned;

  /* "a lower figure", "a higher number" */
  if (toll > first + 2 &&
      (_diptych_detect_is (ctx, toll - 1, "lower") || _diptych_detect_is (ctx, toll - 1, "higher")))
    toll--;
  owned = toll > first + 1 && detect_key (ctx, toll - 1)->possessive;
  if (!owned &&
      (toll < first + 2 ||
       !(_diptych_detect_is (ctx, toll - 1, "the") || _diptych_detect_is (ctx, toll - 1, "a") ||
         detect_is_possessive_determiner (ctx, toll - 1)) ||
       !(_diptych_detect_is (ctx, toll - 2, "put") || _diptych_detect_is (ctx, toll - 2, "puts") ||
         _diptych_detect_is (ctx, toll - 2, "putting") || _diptych_detect_is (ctx, toll - 2, "gave") ||
         _diptych_detect_is (ctx, toll - 2, "gives") ||
         /* "first put the number of injured at 27; … it raised the figure
          * to 34"
          */
         _diptych_detect_is (ctx, toll - 2, "raised") || _diptych_detect_is (ctx, toll - 2, "lowered") ||
         _diptych_detect_is (ctx, toll - 2, "revised") ||
         /* "… had been arrested and that the number had risen to 61" */
         risen_after (ctx, toll))))
    return -1;
  /* a figure of this part's, whose tokens are those of @ctx */
  if (ctx->figures->len <= ctx->figures_from)
    return -1;
  figure = &g_array_index (ctx->figures, DetectItem, ctx->figures->len - 1);
  if (figure->first >= first)
    return figure->last < toll - 1 ? (gint)figure->casualty.outcome : -1;
  /* or in the sentence before, in the same paragraph: "The military said
   * 11 suspects had been detained. A prisoners' group put the number at
   * 19."
   */
  if (!owned && first > 0 && !detect_line_before (ctx, first) &&
      detect_sentence (ctx, figure->first) + 1 == detect_sentence (ctx, first))
    return figure->casualty.outcome;
  return -1;
}

/* The outcome of a verb that says little alone but all a toll needs:
 * "bringing the number held along the line this year to 41", "put the
 * number who had left at 30,000"; or -1
 */
static gint
toll_verb (DetectContext *ctx,
           guint          i,
           guint          before)
{
  if (_diptych_detect_is (ctx, i, "held"))
    return DIPTYCH_OUTCOME_DETAINED;
  /* not "the number left behind", "left in the town": who stayed */
  if (_diptych_detect_is (ctx, i, "left") && i > 0 && detect_in (ctx, i - 1, LEX_AUXILIARY) &&
      (i + 1 == before || _diptych_detect_is (ctx, i + 1, "since")))
    return DIPTYCH_OUTCOME_DISPLACED;
  return -1;
}

/* The toll whose number this is: "the death toll had climbed to 14", "the
 * number of wounded down to 98", "put the toll higher, at 60".
 */
gint
_diptych_detect_toll_before (DetectContext *ctx,
                             guint          start,
                             guint          first,
                             guint         *toll_start)
{
  guint before = start > first ? start - 1 : G_MAXUINT;
  gboolean bare;

  /* "put the number of missing at “between 60 and 70”" */
  while (before != G_MAXUINT && before > first && _diptych_detect_is_quote (ctx, before))
    before--;
  /* "puts the number between 2,800 and 3,000": a range put without "at" */
  bare = before != G_MAXUINT && before > first + 1 && _diptych_detect_is (ctx, start, "between") &&
         (_diptych_detect_is (ctx, before, "number") || _diptych_detect_is (ctx, before, "figure"));

  if (bare)
    before = start;
  /* "the number of people killed had reached 62", "the tally had reached
   * 54", "the death toll topped 100"
   */
  if (before == G_MAXUINT ||
      !(bare || _diptych_detect_is (ctx, before, "to") || _diptych_detect_is (ctx, before, "at") ||
        _diptych_detect_is (ctx, before, "of") || _diptych_detect_is (ctx, before, "reached") ||
        _diptych_detect_is (ctx, before, "topped") || _diptych_detect_is (ctx, before, "passed") ||
        _diptych_detect_is (ctx, before, "exceeded") || _diptych_detect_is (ctx, before, "surpassed") ||
        _diptych_detect_is (ctx, before, "reach") ||  /* "the toll could reach 15" */
        /* a headline's present: "Kabylie death toll reaches 63", "toll tops 100" */
        _diptych_detect_is (ctx, before, "reaches") || _diptych_detect_is (ctx, before, "tops") ||
        _diptych_detect_is (ctx, before, "passes") || _diptych_detect_is (ctx, before, "exceeds") ||
        /* "said the toll was more than 30" */
        _diptych_detect_is (ctx, before, "was") || _diptych_detect_is (ctx, before, "is") ||
        /* "say the toll is higher — at least 16", "higher, at least 16" */
        ((_diptych_detect_is_dash (ctx, before) || _diptych_detect_is (ctx, before, ",")) && before > first &&
         (_diptych_detect_is (ctx, before - 1, "higher") || _diptych_detect_is (ctx, before - 1, "lower")))))
    return -1;

  for (guint k = before; k > first && before - k < TOLL_WINDOW_LONG; k--)
    {
      guint t = k - 1, n;
      const DetectEntry *entry = NULL;
      gint outcome = -1;

      if (_diptych_detect_is (ctx, t, ".") || _diptych_detect_is (ctx, t, ";"))
        return -1;
      if (before - k >= TOLL_WINDOW && _diptych_detect_is_punct (ctx, t) && !_diptych_detect_is (ctx, t, "-"))
        return -1;
      if (_diptych_detect_match (ctx, t, LEX_TOLL, &entry) == 0)
        continue;
      /* the toll just before its verb: not "the number of attackers was";
       * but "the number of dead in Chungui is 246", of an outcome
       */
      if ((_diptych_detect_is (ctx, before, "was") || _diptych_detect_is (ctx, before, "is")) &&
          t + entry->n_words != before)
        {
          guint o = t + entry->n_words + 1;

          if (!_diptych_detect_is (ctx, o - 1, "of"))
            return -1;
          if (_diptych_detect_is (ctx, o, "the"))
            o++;
          if (_diptych_detect_match_outcome (ctx, o, &n) < 0)
            return -1;
          o += n;
          if (o + 1 < before && _diptych_detect_is (ctx, o, "in") && detect_key (ctx, o + 1)->upper)
            for (o++; o < before && detect_key (ctx, o)->upper; o++)
              ;
          if (o != before)
            return -1;
        }
      if (before - k >= TOLL_WINDOW && t > first && !(t == first + 1 && _diptych_detect_is (ctx, first, "the")))
        continue;
      if (_diptych_detect_is_digits (ctx, t + entry->n_words))
        continue;  /* "the toll of 39 …" is read from its own number */
      /* "a total of 300 homes": a count, not a toll */
      if (strcmp (entry->words[0], "total") == 0 && _diptych_detect_is (ctx, before, "of"))
        continue;

      /* "death toll", "number of wounded", "count of dead" */
      if (t > first)
        outcome = _diptych_detect_match_outcome (ctx, t - 1, &n);
      if (outcome < 0 && _diptych_detect_is (ctx, t + entry->n_words, "of"))
        {
          guint o = t + entry->n_words + 1;
          const DetectEntry *group = NULL;

          /* "the number of people killed", "the number of Afghan
           * fighters killed", "the number of those killed"
           */
          if (_diptych_detect_match (ctx, o, LEX_GROUP, &group) > 0)
            {
              o += group->n_words;
              /* "the number of security force members killed" */
              if (o + 1 < before && (_diptych_detect_is (ctx, o, "members") || _diptych_detect_is (ctx, o, "personnel")))
                o++;
              /* "the number of police and gendarmes hurt" */
              if (o + 1 < before && _diptych_detect_is (ctx, o, "and") &&
                  _diptych_detect_match (ctx, o + 1, LEX_GROUP, &group) > 0)
                o += 1 + group->n_words;
            }
          /* "the number of those killed", "the number of the dead", "the
           * number of its wounded"
           */
          else if (_diptych_detect_is (ctx, o, "those") || _diptych_detect_is (ctx, o, "the") ||
                   (detect_is_possessive_determiner (ctx, o) && _diptych_detect_match_outcome (ctx, o + 1, &n) >= 0))
            o++;
          /* "the number of Serbs killed" */
          else if (o + 1 < before && _diptych_detect_is_demonym (ctx, o))
            o++;
          else if (o + 1 < before && !detect_in (ctx, o, LEX_OUTCOME) &&
                   !_diptych_detect_is_punct (ctx, o) &&
                   _diptych_detect_match (ctx, o + 1, LEX_GROUP, &group) > 0)
            o += 1 + group->n_words;
          /* "the number of people who had fled" */
          if (o > t + entry->n_words + 1 && o + 1 < before && _diptych_detect_is (ctx, o, "who"))
            for (o++; o + 1 < before && detect_in (ctx, o, LEX_AUXILIARY); o++)
              ;
          /* "the number of internally displaced persons", "of confirmed
           * dead"
           */
          /* … "of students still missing" */
          if ((detect_ends_with (ctx, o, "ly") || _diptych_detect_is (ctx, o, "confirmed") ||
               _diptych_detect_is (ctx, o, "reported") || _diptych_detect_is (ctx, o, "still")) &&
              _diptych_detect_match_outcome (ctx, o + 1, &n) >= 0)
            o++;
          outcome = _diptych_detect_match_outcome (ctx, o, &n);
          /* "the number of people sleeping in the open at more than 600" */
          if (outcome < 0 && o > t + entry->n_words + 1 && without_homes (ctx, o, before) > 0)
            outcome = DIPTYCH_OUTCOME_DISPLACED;
          if (outcome < 0 && o > t + entry->n_words + 1 && o < before)
            outcome = toll_verb (ctx, o, before);
          /* "the number of West Bank arrests": where, then what */
          for (guint name = o; outcome < 0 && name + 1 < before && name < o + 3 && detect_key (ctx, name)->upper; name++)
            outcome = _diptych_detect_match_outcome (ctx, name + 1, &n);
          /* "the number of victims at 256": those a toll counts died;
           * "the number of refugees", "of arrivals": they fled
           */
          if (outcome < 0 && o == t + entry->n_words + 2 && _diptych_detect_is (ctx, o - 1, "victims"))
            outcome = DIPTYCH_OUTCOME_KILLED;
          /* "the number of refugees", "of detainees": the group's noun
           * says what happened to them
           */
          else if (outcome < 0 && o == t + entry->n_words + 2)
            outcome = _diptych_detect_match_outcome (ctx, o - 1, &n);
          else if (outcome < 0 && o == t + entry->n_words + 1 && _diptych_detect_is (ctx, o, "arrivals"))
            outcome = DIPTYCH_OUTCOME_DISPLACED;
          /* "put the number of those taken at 28": taken, and no place
           * they were taken to, is abducted
           */
          if (outcome < 0 && o + 1 == before && o > t + entry->n_words + 1 && _diptych_detect_is (ctx, o, "taken"))
            outcome = DIPTYCH_OUTCOME_DETAINED;
        }
      /* "put the number killed at 31", "taking the number killed to 21",
       * "put the number who had left at 30,000"
       */
      if (outcome < 0 && !_diptych_detect_is (ctx, t + entry->n_words, "of"))
        {
          guint o = t + entry->n_words;

          if (o + 1 < before && _diptych_detect_is (ctx, o, "who"))
            for (o++; o + 1 < before && detect_in (ctx, o, LEX_AUXILIARY); o++)
              ;
          outcome = _diptych_detect_match_outcome (ctx, o, &n);
          if (outcome < 0 && o < before)
            outcome = toll_verb (ctx, o, before);
        }
      if (outcome < 0 && entry->n_words == 2)
        outcome = DIPTYCH_OUTCOME_KILLED;
      /* "over 100 families had left, though officials put the number at
       * fewer than 40": the number of the figure before it
       */
      /* … not "put the number of attackers at between 30 and 40": who
       * they are says it is no toll
       */
      if (outcome < 0 && strcmp (entry->words[0], "number") == 0 && !_diptych_detect_is (ctx, t + 1, "of"))
        outcome = outcome_put_again (ctx, first, t);
      /* "counts 21,500 people displaced, while the mayor puts the figure
       * at 25,000", "gave a lower figure of 6,240 people"
       */
      if (outcome < 0 && strcmp (entry->words[0], "figure") == 0 &&
          (!_diptych_detect_is (ctx, t + 1, "of") || t + 1 == before))
        outcome = outcome_put_again (ctx, first, t);
      if (outcome < 0 && strcmp (entry->words[0], "number") == 0)
        return -1;
      /* "killed 18 people, bringing the total to 1,240": the total of
       * the outcome before it
       */
      if (outcome < 0 && strcmp (entry->words[0], "total") == 0)
        {
          for (guint o = t; outcome < 0 && o > first; o--)
            outcome = _diptych_detect_match_outcome (ctx, o - 1, &n);
          if (outcome < 0)
            return -1;
        }
      if (outcome < 0)
        outcome = DIPTYCH_OUTCOME_KILLED;

      *toll_start = t;
      if (t > first && detect_in (ctx, t - 1, LEX_OUTCOME))
        t--;  /* "the death toll" */
      if (t > first && detect_in (ctx, t - 1, LEX_GROUP) && !detect_key (ctx, t - 1)->upper)
        t--;  /* "the civilian death toll": whose toll */
      *toll_start = t;
      if (t > first && (_diptych_detect_is (ctx, t - 1, "the") || detect_key (ctx, t - 1)->possessive))
        *toll_start = t - 1;
      else if (t > first + 1 && _diptych_detect_is (ctx, t - 1, "own") && detect_is_possessive_determiner (ctx, t - 2))
        *toll_start = t - 2;  /* "their own losses" */
      return outcome;
    }
  return -1;
}

/* Whether a short phrase at @i says when and ends the clause: "at
 * night", "that night", "at dawn and …", "in the night", "during the
 * night", "in August", "on the same night in March"; not "in the
 * afternoon to a shelter", which says where they were taken.
 */
gboolean
_diptych_detect_when_after (DetectContext *ctx,
                            guint          i,
                            guint          last)
{
  if (!(i < last && (_diptych_detect_is (ctx, i, "at") || _diptych_detect_is (ctx, i, "in") ||
                     _diptych_detect_is (ctx, i, "during") || _diptych_detect_is (ctx, i, "on") ||
                     _diptych_detect_is (ctx, i, "that") || _diptych_detect_is (ctx, i, "last"))))
    return FALSE;
  for (guint k = i + 1; k < last && k < i + 4 && !_diptych_detect_is_punct (ctx, k); k++)
    if (detect_in (ctx, k, LEX_TIME) || detect_in (ctx, k, LEX_MONTH) || detect_ends_with (ctx, k, "day"))
      return k + 1 >= last || _diptych_detect_is_punct (ctx, k + 1) || _diptych_detect_is (ctx, k + 1, "and") ||
             _diptych_detect_when_after (ctx, k + 1, last);
  return FALSE;
}

/* Whether the words from @i say that the people of a partitive got away
 * from what happened to them: "Eight of the abducted worshippers escaped",
 * "ten of the missing were later rescued".
 */
gboolean
_diptych_detect_got_away (DetectContext *ctx,
                          guint          i,
                          guint          last)
{
  for (guint k = i; k < last && k < i + 5; k++)
    {
      if (_diptych_detect_is (ctx, k, "escaped") || _diptych_detect_is (ctx, k, "freed") ||
          _diptych_detect_is (ctx, k, "released") || _diptych_detect_is (ctx, k, "rescued"))
        return TRUE;
      /* "allowing about 350 detainees to escape" */
      if (_diptych_detect_is (ctx, k, "to") && k + 1 < last && _diptych_detect_is (ctx, k + 1, "escape"))
        return TRUE;
      if (!detect_in (ctx, k, LEX_GROUP) && !detect_in (ctx, k, LEX_AUXILIARY) &&
          !detect_in (ctx, k, LEX_SKIP))
        return FALSE;
    }
  return FALSE;
}

/* Whether the verb just before a figure at @start sets its people free:
 * "The soldiers later released five of the villagers", "rescued 12 of
 * the missing miners".
 */
gboolean
_diptych_detect_set_free (DetectContext *ctx,
                          guint          first,
                          guint          start)
{
  guint k = start - 1;

  return start > first &&
         (_diptych_detect_is (ctx, k, "released") || _diptych_detect_is (ctx, k, "releasing") ||
          _diptych_detect_is (ctx, k, "freed") || _diptych_detect_is (ctx, k, "freeing") ||
          _diptych_detect_is (ctx, k, "rescued") || _diptych_detect_is (ctx, k, "rescuing"));
}

/* The outcome of a verb whose object comes before the "and" at @and:
 * "arrested the ferry's master and two crew members", "killed a
 * policeman and three civilians".
 */
gint
_diptych_detect_object_of_outcome (DetectContext *ctx,
                                   guint          first,
                                   guint          and,
                                   guint          last)
{
  guint window = 8, commas = 0;

  for (guint k = and; k > first && and - k < window; k--)
    {
      guint t = k - 1, n;
      gint outcome;
      Quantity q;

      if (_diptych_detect_is_apostrophe (ctx, t))
        continue;
      /* "killing the mayor, two of his deputies and at least 11 other
       * people": past the list's items before, each after a comma
       */
      if (_diptych_detect_is (ctx, t, ",") && commas < 3 && t > first)
        {
          commas++;
          window = and - t + 6;
          continue;
        }
      if (_diptych_detect_read_quantity (ctx, t, first, and, &q) && commas > 0 && t > first &&
          (_diptych_detect_is (ctx, t - 1, ",") ||
           (_diptych_detect_match (ctx, t - 1, LEX_QUALIFIER, NULL) > 0 &&
            t > first + 1 && _diptych_detect_is (ctx, t - 2, ","))))
        continue;
      if (_diptych_detect_is_punct (ctx, t) ||
          _diptych_detect_read_quantity (ctx, t, first, and, &q))
        return -1;
      outcome = _diptych_detect_match_outcome (ctx, t, &n);
      /* … "killing him and three of his aides": one named before */
      if (outcome >= 0)
        return t + n < and &&
               (_diptych_detect_is_object_start (ctx, t + n, last) ||
                (t + n + 1 == and && (_diptych_detect_is (ctx, t + n, "him") || _diptych_detect_is (ctx, t + n, "her")))) &&
               !detect_in (ctx, t, LEX_GROUP) ? outcome : -1;
    }
  return -1;
}

/* Whether the word at @i names a fight between two sides. */
static gboolean
fight_word (DetectContext *ctx,
            guint          i)
{
  static const char *const fights[] = {
    "clash", "clashes", "fighting", "battle", "battles", "gunfight", "firefight", "shootout", "exchange",
  };

  for (guint f = 0; f < G_N_ELEMENTS (fights); f++)
    if (_diptych_detect_is (ctx, i, fights[f]))
      return TRUE;
  return FALSE;
}

/* The outcome of people who went through it with those the figure
 * before @before names: "fleeing with hundreds of other residents",
 * "was killed along with his three sons", "was arrested on Sunday
 * together with 12 others"; @other when the figure says "other"; or -1.
 */
gint
_diptych_detect_shared_fate (DetectContext *ctx,
                             guint          first,
                             guint          before,
                             gboolean       other)
{
  gboolean along;
  guint k;

  if (before <= first + 1)
    return -1;
  k = before - 1;
  /* "fled with her husband and about 200 other villagers": the last of
   * those listed after "with"
   */
  if (other && _diptych_detect_is (ctx, k, "and"))
    for (guint w = k; w > first + 1 && k - w < 4 && !_diptych_detect_is_punct (ctx, w - 1); w--)
      {
        /* … people, not "apprehended with their weapons and …" */
        if (!detect_in (ctx, w - 1, LEX_GROUP) && !detect_figure_word (ctx, w - 1, FIGURE_WORD_KIN) &&
            !_diptych_detect_is (ctx, w - 1, "with") && !detect_is_possessive_determiner (ctx, w - 1))
          break;
        if (_diptych_detect_is (ctx, w - 1, "with"))
          {
            k = w - 1;
            break;
          }
      }
  if (!_diptych_detect_is (ctx, k, "with"))
    return -1;
  /* "My brother was taken with 11 other men", "he was held with almost
   * 60 other students", "took him with four other young men": taken as
   * they were
   */
  if (other && k > first + 1 &&
      (((_diptych_detect_is (ctx, k - 1, "taken") || _diptych_detect_is (ctx, k - 1, "held")) &&
        detect_in (ctx, k - 2, LEX_AUXILIARY)) ||
       (k > first + 2 && _diptych_detect_is (ctx, k - 2, "took") &&
        (_diptych_detect_is (ctx, k - 1, "him") || _diptych_detect_is (ctx, k - 1, "her") ||
         _diptych_detect_is (ctx, k - 1, "me") || _diptych_detect_is (ctx, k - 1, "us")))))
    return DIPTYCH_OUTCOME_DETAINED;
  along = _diptych_detect_is (ctx, k - 1, "along") || _diptych_detect_is (ctx, k - 1, "together");
  if (along)
    k--;
  else if (!other)
    return -1;  /* "fled with 200 fighters": not said to be alike */
  /* "killed on Sunday along with": a few words between; "fled to
   * Ngarangou with hundreds of others", "held in a sports hall with
   * about 400 other men": where, between
   */
  for (guint end = k; end > first && k - end < (along ? 4 : 6); end--)
    {
      const DetectEntry *entry = NULL;

      if (_diptych_detect_is_punct (ctx, end - 1))
        break;
      /* not "killed in clashes with 30 other fighters", who fought them */
      if (!along && fight_word (ctx, end - 1))
        return -1;
      if (!along && end < k &&
          !(_diptych_detect_is (ctx, end, "to") || _diptych_detect_is (ctx, end, "in") ||
            _diptych_detect_is (ctx, end, "at") || _diptych_detect_is (ctx, end, "on") ||
            _diptych_detect_is (ctx, end, "into")))
        continue;
      if (_diptych_detect_match_before (ctx, end, first, LEX_OUTCOME, &entry) > 0 &&
          !detect_in (ctx, end - 1, LEX_GROUP))
        return entry->value;
      /* "is sheltering with about 400 others from her village" */
      if (end == k && !along && _diptych_detect_is (ctx, end - 1, "sheltering"))
        return DIPTYCH_OUTCOME_DISPLACED;
    }
  return -1;
}

/* Whether the outcome word at @i is one asked for, meant or threatened,
 * not one done: "demanded the arrest of", "warrants for the arrest of 12
 * officers", "threatened to kill 12 hostages"; not "sentenced for the
 * massacre of 176".
 */
gboolean
_diptych_detect_called_for (DetectContext *ctx,
                            guint          first,
                            guint          i)
{
  /* "threatened to kill 12 hostages", "plan to detain 40": not done */
  if (i >= first + 2 && _diptych_detect_is (ctx, i - 1, "to") && detect_figure_word (ctx, i - 2, FIGURE_WORD_INTENT))
    return TRUE;
  if (i < first + 2 || !_diptych_detect_is (ctx, i - 1, "the"))
    return FALSE;
  if (_diptych_detect_is (ctx, i - 2, "demanded") || _diptych_detect_is (ctx, i - 2, "demanding") ||
      _diptych_detect_is (ctx, i - 2, "demand") || _diptych_detect_is (ctx, i - 2, "demands") ||
      _diptych_detect_is (ctx, i - 2, "sought"))
    return TRUE;
  return i >= first + 3 && _diptych_detect_is (ctx, i - 2, "for") &&
         (_diptych_detect_is (ctx, i - 3, "warrant") || _diptych_detect_is (ctx, i - 3, "warrants") ||
          _diptych_detect_is (ctx, i - 3, "call") || _diptych_detect_is (ctx, i - 3, "calls") ||
          _diptych_detect_is (ctx, i - 3, "called") || _diptych_detect_is (ctx, i - 3, "calling"));
}

/* The outcome of a verb whose object is a figure between the verb at
 * @verb and its other words at @i: "forced 30,000 villagers to flee",
 * "drove 500 families to leave their homes", "sent thousands fleeing",
 * "sent 11 terrorists to hell"; with the words' end in @end; or -1.
 */
gint
_diptych_detect_split_outcome (DetectContext *ctx,
                               guint          verb,
                               guint          i,
                               guint          last,
                               guint         *end)
{
  gboolean send = _diptych_detect_is (ctx, verb, "sent") || _diptych_detect_is (ctx, verb, "sending") ||
                  _diptych_detect_is (ctx, verb, "send") || _diptych_detect_is (ctx, verb, "sends");

  if (i >= last)
    return -1;
  if (send && _diptych_detect_is (ctx, i, "fleeing"))
    {
      *end = i + 1;
      return DIPTYCH_OUTCOME_DISPLACED;
    }
  /* "sent 11 terrorists of “Fitna al Hindustan” to hell": past whose
   * they are
   */
  if (send && _diptych_detect_is (ctx, i, "of"))
    for (guint k = i + 1; k + 1 < last && k < i + 8; k++)
      if (_diptych_detect_is (ctx, k, "to") && _diptych_detect_is (ctx, k + 1, "hell"))
        {
          i = k;
          break;
        }
  if ((send || _diptych_detect_is (ctx, verb, "dispatched")) && i + 1 < last &&
      _diptych_detect_is (ctx, i, "to") && _diptych_detect_is (ctx, i + 1, "hell"))
    {
      *end = i + 2;
      return DIPTYCH_OUTCOME_KILLED;
    }
  if (!(_diptych_detect_is (ctx, verb, "forced") || _diptych_detect_is (ctx, verb, "forcing") ||
        _diptych_detect_is (ctx, verb, "force") || _diptych_detect_is (ctx, verb, "forces") ||
        _diptych_detect_is (ctx, verb, "compelled") || _diptych_detect_is (ctx, verb, "compelling") ||
        _diptych_detect_is (ctx, verb, "drove") || _diptych_detect_is (ctx, verb, "driving") ||
        _diptych_detect_is (ctx, verb, "prompted") || _diptych_detect_is (ctx, verb, "prompting") ||
        _diptych_detect_is (ctx, verb, "caused") || _diptych_detect_is (ctx, verb, "causing")))
    return -1;
  /* "forced almost 1,200 people from rural areas of the municipality to
   * flee", "forced 12,000 people who had been living in the site to
   * flee": past where they were
   */
  for (guint k = i, stop = i + 12; k + 1 < last && k < stop; k++)
    {
      if (_diptych_detect_is (ctx, k, "to"))
        {
          i = k;
          break;
        }
      if (_diptych_detect_is_punct (ctx, k) || detect_key (ctx, k)->quantity)
        break;
    }
  if (i + 1 >= last || !_diptych_detect_is (ctx, i, "to"))
    return -1;
  if (!(_diptych_detect_is (ctx, i + 1, "flee") || _diptych_detect_is (ctx, i + 1, "leave") ||
        _diptych_detect_is (ctx, i + 1, "abandon") || _diptych_detect_is (ctx, i + 1, "evacuate") ||
        _diptych_detect_is (ctx, i + 1, "relocate")))
    return -1;
  *end = i + 2;
  /* "to leave their homes" */
  if (*end + 1 < last && _diptych_detect_is (ctx, *end, "their") && detect_figure_word (ctx, *end + 1, FIGURE_WORD_HOME))
    *end += 2;
  return DIPTYCH_OUTCOME_DISPLACED;
}
