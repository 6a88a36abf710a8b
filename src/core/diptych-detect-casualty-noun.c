/* diptych-detect-casualty-noun.c: whom a casualty figure counts
 *
 * The noun after a number and its group: a people's name ("300
 * Syrians", "two Lebanese shepherds"), the noun of a partitive ("seven of
 * the gunmen"), members of the forces ("members of a police escort"), a
 * predicate ("18 were children"), a noun past the words that describe it
 * ("three suspected militants").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-detect"

#include "config.h"

#include <string.h>

#include "diptych-detect-casualty-private.h"

/* A noun of more than three letters in the plural, not a function word:
 * "farmers", "policemen"; not "witness" nor "the army's".
 */
gboolean
_diptych_detect_is_plural_noun (DetectContext *ctx,
                                guint          i)
{
  const char *w = detect_lower (ctx, i);
  gsize len = detect_key (ctx, i)->length;

  return len > 3 && ((w[len - 1] == 's' && w[len - 2] != 's' && !detect_key (ctx, i)->possessive) ||
                     detect_ends_with (ctx, i, "men")) &&
         !detect_in (ctx, i, LEX_FUNCTION);
}

/* "Syrians", "Palestinians", "Yemenis", "Sudanese": people. */
gboolean
_diptych_detect_is_demonym (DetectContext *ctx,
                            guint          i)
{
  const DetectKey *key = detect_key (ctx, i);
  const char *w = key->lower;

  if (!key->upper || key->all_upper)
    return FALSE;
  /* … and the names that do not change: "some 2,300 Burkinabè",
   * "Thousands of Rohingya"
   */
  return detect_ends_with (ctx, i, "ans") || detect_ends_with (ctx, i, "ese") || detect_ends_with (ctx, i, "is") ||
         detect_ends_with (ctx, i, "ites") || detect_ends_with (ctx, i, "iens") || strcmp (w, "burkinabe") == 0 ||
         strcmp (w, "burkinab\xC3\xA8") == 0 || strcmp (w, "rohingya") == 0;
}

/* The group and the noun's end of a figure whose noun starts with the
 * people's name at @h: "300 Syrians", or the noun after it, "two
 * Lebanese Red Cross paramedics"; a noun the lists do not know, "two
 * Lebanese shepherds", is of the other group and @unknown.
 */
void
_diptych_detect_demonym_noun (DetectContext *ctx,
                              guint          h,
                              guint          last,
                              gint          *group,
                              guint         *head_end,
                              gboolean      *unknown)
{
  *group = DIPTYCH_GROUP_PEOPLE;
  *head_end = h + 1;
  for (guint k = h + 1; k < last && k < h + 4; k++)
    {
      const DetectEntry *entry = NULL;

      if (_diptych_detect_match (ctx, k, LEX_GROUP, &entry) > 0)
        {
          *group = entry->value;
          *head_end = k + entry->n_words;
          return;
        }
      if (_diptych_detect_is_punct (ctx, k) || detect_in (ctx, k, LEX_FUNCTION) ||
          detect_in (ctx, k, LEX_OUTCOME) ||
          detect_key (ctx, k)->quantity)
        return;
      /* a name goes on in capitals: "Red Cross" */
      if (!detect_key (ctx, k)->upper)
        {
          if (k == h + 1 && _diptych_detect_is_plural_noun (ctx, k) &&
              !detect_in (ctx, k, LEX_REPORTING))
            {
              *group = DIPTYCH_GROUP_OTHER;
              *head_end = k + 1;
              *unknown = TRUE;
            }
          return;
        }
    }
}

/* The group noun of a partitive's "of" phrase at @d, past a determiner,
 * a possessive and an adjective or two: "of the gunmen", "of its border
 * guards", "of our heroic policemen", "of the clinic's nurses"; else
 * @last.
 */
guint
_diptych_detect_partitive_group (DetectContext *ctx,
                                 guint          d,
                                 guint          last)
{
  guint k = d;

  if (_diptych_detect_is (ctx, k, "the") || _diptych_detect_is (ctx, k, "its") ||
      _diptych_detect_is (ctx, k, "our") || _diptych_detect_is (ctx, k, "their") ||
      _diptych_detect_is (ctx, k, "his") || _diptych_detect_is (ctx, k, "her"))
    k++;
  if (k < last && k > d && detect_key (ctx, k)->possessive)
    k++;
  for (guint end = MIN (last, k + 3); k < end; k++)
    {
      const DetectEntry *entry = NULL;

      /* not "Two of the attackers' vehicles": they own the noun */
      if (_diptych_detect_match (ctx, k, LEX_GROUP, &entry) > 0)
        {
          guint e = k + entry->n_words;

          if (_diptych_detect_is_apostrophe (ctx, e))
            return last;
          /* "one of the main Druze armed groups": a people's name before
           * the noun; the noun's group, if it has one
           */
          guint n;

          if (e + 1 < last && !detect_key (ctx, e)->upper && !_diptych_detect_is_punct (ctx, e) &&
              !detect_in (ctx, e, LEX_FUNCTION) && !detect_in (ctx, e, LEX_OUTCOME) &&
              !detect_in (ctx, e, LEX_GROUP) && _diptych_detect_is_plural_noun (ctx, e + 1) &&
              /* not "Three of the terrorists blew themselves up" */
              _diptych_detect_match_outcome (ctx, e, &n) < 0)
            return _diptych_detect_match (ctx, e + 1, LEX_GROUP, NULL) > 0 ? e + 1 : last;
          return k;
        }
      if (_diptych_detect_is_punct (ctx, k) || detect_in (ctx, k, LEX_FUNCTION) ||
          detect_in (ctx, k, LEX_OUTCOME) ||
          detect_key (ctx, k)->quantity)
        break;
    }
  return last;
}

/* Initials that name no body the lists know: "DI", "PDF"; not "UN",
 * "ICRC", "MSF".
 */
static gboolean
is_armed_group_initials (DetectContext *ctx,
                         guint          i)
{
  return detect_is_acronym (ctx, i) && !detect_in (ctx, i, LEX_SOURCE_TYPE) &&
         !detect_in (ctx, i, LEX_GROUP) && !detect_in (ctx, i, LEX_TITLE);
}

/* Whether @i says a group is armed: "armed", "rival", "outlaw" … */
static gboolean
is_armed_adjective (DetectContext *ctx,
                    guint          i)
{
  static const char * const armed[] = {
    "armed", "rival", "outlaw", "militant", "jihadist", "rebel", "extremist", "terrorist", "separatist",
    "insurgent",
  };

  for (guint n = 0; n < G_N_ELEMENTS (armed); n++)
    if (_diptych_detect_is (ctx, i, armed[n]))
      return TRUE;
  return FALSE;
}

/* The group of a generic noun ("members", "employees", "staff") from
 * the "of" phrase after it at @i, when that names state forces or an
 * armed group, with the phrase's end in @end; else @group.
 */
gint
_diptych_detect_member_of_forces (DetectContext *ctx,
                                  guint          i,
                                  guint          last,
                                  gint           group,
                                  guint         *end)
{
  /* "54 DI members", "two suspected PDF members": an armed group's,
   * named by its initials; not "UN staff members"
   */
  if (i >= 2 && _diptych_detect_is (ctx, i - 1, "members") && is_armed_group_initials (ctx, i - 2))
    return DIPTYCH_GROUP_FIGHTERS;
  /* "2 Defense Force members", "three Border Force members": a state's */
  if (i >= 3 && _diptych_detect_is (ctx, i - 1, "members") && detect_key (ctx, i - 2)->upper &&
      (_diptych_detect_is (ctx, i - 2, "force") || _diptych_detect_is (ctx, i - 2, "forces")) &&
      (_diptych_detect_is (ctx, i - 3, "defense") || _diptych_detect_is (ctx, i - 3, "defence") ||
       _diptych_detect_is (ctx, i - 3, "border") || _diptych_detect_is (ctx, i - 3, "police") ||
       _diptych_detect_is (ctx, i - 3, "security") || _diptych_detect_is (ctx, i - 3, "air")))
    return DIPTYCH_GROUP_SOLDIERS;
  if (i == 0 || !_diptych_detect_is (ctx, i, "of") || !detect_figure_word (ctx, i - 1, FIGURE_WORD_MEMBER))
    return group;
  /* a name of several words counts as one: "of the Jalisco New
   * Generation Cartel"
   */
  for (guint k = i + 1, stop = i + 5; k < last && k < stop; k++)
    {
      const DetectEntry *entry = NULL;

      /* "of an “irregular armed group”": past the quotes */
      if (_diptych_detect_is_quote (ctx, k))
        {
          stop++;
          continue;
        }
      if (_diptych_detect_is_punct (ctx, k))
        break;
      if (detect_key (ctx, k)->upper && stop < i + 9)
        stop++;
      /* "members of the dissident faction", "of a criminal gang", "of
       * the armed wing of the UPDF", "of their armed wings", "of a
       * Khawarij cell": an armed group's
       */
      /* … "of a local vigilante group" */
      /* … "of the outfit", "of a banned outfit" */
      if (_diptych_detect_is (ctx, k, "faction") || _diptych_detect_is (ctx, k, "gang") ||
          _diptych_detect_is (ctx, k, "factions") || _diptych_detect_is (ctx, k, "gangs") ||
          _diptych_detect_is (ctx, k, "outfit") ||
          ((_diptych_detect_is (ctx, k, "group") || _diptych_detect_is (ctx, k, "groups")) &&
           _diptych_detect_is (ctx, k - 1, "vigilante")) ||
          _diptych_detect_is (ctx, k, "cell") ||
          _diptych_detect_is (ctx, k, "cartel") || _diptych_detect_is (ctx, k, "militia") ||
          /* … "of a FARC dissident structure", "of a criminal structure" */
          _diptych_detect_is (ctx, k, "structure") ||
          /* … "of an armed opposition front" */
          ((_diptych_detect_is (ctx, k, "group") || _diptych_detect_is (ctx, k, "groups") ||
            _diptych_detect_is (ctx, k, "wing") || _diptych_detect_is (ctx, k, "wings") ||
            _diptych_detect_is (ctx, k, "front") || _diptych_detect_is (ctx, k, "fronts")) &&
           (is_armed_adjective (ctx, k - 1) || (k > i + 2 && is_armed_adjective (ctx, k - 2)))) ||
          /* … a name: "of the Abu Sayyaf Group (ASG)" */
          (_diptych_detect_is (ctx, k, "group") && detect_key (ctx, k)->upper && k > i + 1 &&
           detect_key (ctx, k - 1)->upper) ||
          /* "of an “armed criminal group”", "troops had killed four
           * members of the group": the armed group the story is about
           */
          ((_diptych_detect_is (ctx, k, "group") || _diptych_detect_is (ctx, k, "groups")) &&
           _diptych_detect_is (ctx, k - 1, "criminal")) ||
          (_diptych_detect_is (ctx, k, "group") && k == i + 2 && _diptych_detect_is (ctx, k - 1, "the") &&
           (k + 1 >= last || _diptych_detect_is_punct (ctx, k + 1) || detect_in (ctx, k + 1, LEX_FUNCTION))))
        {
          *end = k + 1;
          return DIPTYCH_GROUP_FIGHTERS;
        }
      /* "of the 4th Infantry Division", "of FARAJA special units": an
       * army's unit
       */
      if (((_diptych_detect_is (ctx, k, "division") || _diptych_detect_is (ctx, k, "battalion") ||
            _diptych_detect_is (ctx, k, "regiment") || _diptych_detect_is (ctx, k, "brigade")) &&
           detect_key (ctx, k)->upper && k > i + 1 &&
           (_diptych_detect_is (ctx, k - 1, "infantry") || _diptych_detect_is (ctx, k - 1, "armoured") ||
            _diptych_detect_is (ctx, k - 1, "armored") || _diptych_detect_is (ctx, k - 1, "mechanised") ||
            _diptych_detect_is (ctx, k - 1, "mechanized") || _diptych_detect_is (ctx, k - 1, "airborne") ||
            g_ascii_isdigit (detect_lower (ctx, k - 1)[0]))) ||
          ((_diptych_detect_is (ctx, k, "units") || _diptych_detect_is (ctx, k, "unit")) && k > i + 1 &&
           _diptych_detect_is (ctx, k - 1, "special")))
        {
          *end = k + 1;
          return DIPTYCH_GROUP_SOLDIERS;
        }
      if (_diptych_detect_match (ctx, k, LEX_GROUP, &entry) > 0)
        {
          guint e = k + entry->n_words, n;
          const char *next = e < last ? detect_lower (ctx, e) : "";

          /* not "staff of the army hospital": the forces end the phrase,
           * or a unit of theirs does: "members of a police escort"
           */
          /* "members of a Khawarij cell", "of the Taliban": an armed
           * group's
           */
          if (entry->value == DIPTYCH_GROUP_FIGHTERS)
            {
              if (e < last && (_diptych_detect_is (ctx, e, "cell") || _diptych_detect_is (ctx, e, "group") ||
                               _diptych_detect_is (ctx, e, "faction")))
                e++;
              *end = e;
              return DIPTYCH_GROUP_FIGHTERS;
            }
          if (entry->value != DIPTYCH_GROUP_SOLDIERS)
            return group;
          /* "of the New People's Army", "of the Oromo Liberation Army": a
           * rebel army's name
           */
          if (_diptych_detect_is (ctx, k, "army") && detect_key (ctx, k)->upper && k > i + 1 &&
              (_diptych_detect_is (ctx, k - 1, "people's") || _diptych_detect_is (ctx, k - 1, "liberation") ||
               _diptych_detect_is (ctx, k - 1, "independence") || _diptych_detect_is (ctx, k - 1, "revolutionary") ||
               _diptych_detect_is (ctx, k - 1, "republican") || _diptych_detect_is (ctx, k - 1, "resistance") ||
               _diptych_detect_is (ctx, k - 1, "salvation")))
            {
              *end = e;
              return DIPTYCH_GROUP_FIGHTERS;
            }
          if (e < last && detect_figure_word (ctx, e, FIGURE_WORD_UNIT))
            next = ++e < last ? detect_lower (ctx, e) : "";
          /* … "three members of the army paid the ultimate sacrifice" */
          if (e >= last || _diptych_detect_is_punct (ctx, e) || detect_in (ctx, e, LEX_AUXILIARY) ||
              detect_in (ctx, e, LEX_FUNCTION) || detect_in (ctx, e, LEX_CLAUSE) || detect_in (ctx, e, LEX_OUTCOME) ||
              _diptych_detect_match_outcome (ctx, e, &n) >= 0 ||
              detect_in (ctx, e, LEX_RELATIVE) || g_str_has_suffix (next, "ed") ||
              g_str_has_suffix (next, "ing"))
            {
              *end = e;
              return DIPTYCH_GROUP_SOLDIERS;
            }
          return group;
        }
    }
  return group;
}

/**
 * _diptych_detect_noun_of_pair:
 * @entry: (inout): the group entry that matched at @h
 *
 * Where a group noun in the singular stands before another, the second
 * names what the people are: "two volunteer rangers", "three child
 * soldiers", "were migrant workers". Returns its position, with its entry
 * in @entry; else @h.
 */
guint
_diptych_detect_noun_of_pair (DetectContext      *ctx,
                              guint               h,
                              guint               last,
                              const DetectEntry **entry)
{
  const DetectEntry *second = NULL;
  /* the last word of the first noun: "joint force" of "joint force
   * fighters" */
  guint end = h + (*entry)->n_words;
  /* past the closing quote of a quoted name: "19 “Wazalendo” militiamen" */
  guint next = end < last && _diptych_detect_is_quote (ctx, end) ? end + 1 : end;

  if (next < last && !_diptych_detect_is_plural_noun (ctx, end - 1) &&
      _diptych_detect_match (ctx, next, LEX_GROUP, &second) > 0)
    {
      /* "three police colleagues": the forces say who they are, not
       * the word for any fellow
       */
      if (((*entry)->value == DIPTYCH_GROUP_SOLDIERS || (*entry)->value == DIPTYCH_GROUP_FIGHTERS) &&
          second->n_words == 1 &&
          (detect_figure_word (ctx, next, FIGURE_WORD_MEMBER) || _diptych_detect_is (ctx, next, "colleagues") ||
           _diptych_detect_is (ctx, next, "comrades")))
        return next;  /* *entry stays the forces' word: the group, and
                       * one word long as "colleagues" is for the head's end
                       */
      *entry = second;
      return next;
    }
  return h;
}

/* The group a figure's predicate names from @i, with its end in @end:
 * "were children", "is a 16-year-old boy", "were port workers", "had
 * been Taliban border guards", "were members of a police escort"; else
 * -1.
 */
gint
_diptych_detect_predicate_group (DetectContext *ctx,
                                 guint          i,
                                 guint          last,
                                 guint         *end)
{
  const DetectEntry *entry = NULL;
  guint k = i + 1;

  if (_diptych_detect_is (ctx, i, "had") && _diptych_detect_is (ctx, k, "been"))
    k++;
  else if (!(_diptych_detect_is (ctx, i, "were") || _diptych_detect_is (ctx, i, "was") ||
             _diptych_detect_is (ctx, i, "are") || _diptych_detect_is (ctx, i, "is")))
    return -1;
  if (_diptych_detect_is_article (ctx, k))
    k++;
  /* past a word or two that describe them: "port", "Taliban", "pregnant
   * or breastfeeding"
   */
  for (guint stop = MIN (last, k + 3), start = k; k < stop; k++)
    {
      if (k > start && (_diptych_detect_is (ctx, k, "or") || _diptych_detect_is (ctx, k, "and")) &&
          !detect_in (ctx, k - 1, LEX_FUNCTION) && !_diptych_detect_is_punct (ctx, k - 1))
        {
          stop = MIN (last, stop + 1);
          continue;
        }
      /* not "were taken hostage": what happened to them */
      if (_diptych_detect_match (ctx, k, LEX_OUTCOME, NULL) > 1)
        break;
      if (_diptych_detect_match (ctx, k, LEX_GROUP, &entry) > 0)
        {
          k = _diptych_detect_noun_of_pair (ctx, k, last, &entry);
          /* "were Somali nationals" tells where they are from, not who
           * they are: the group is the whole's
           */
          if (detect_figure_word (ctx, k, FIGURE_WORD_NATIONALITY))
            return -1;
          *end = k + entry->n_words;
          return _diptych_detect_member_of_forces (ctx, *end, last, entry->value, end);
        }
      if (_diptych_detect_is_punct (ctx, k) || detect_in (ctx, k, LEX_FUNCTION) ||
          detect_in (ctx, k, LEX_OUTCOME) ||
          detect_in (ctx, k, LEX_AUXILIARY) || detect_key (ctx, k)->quantity)
        break;
    }
  return -1;
}

/* The group noun at @h or after a word or two that describe it: "three
 * suspected militants", "four government soldiers"; else @last.
 */
guint
_diptych_detect_described_noun (DetectContext *ctx,
                                guint          h,
                                guint          last)
{
  for (guint k = h; k < last && k < h + 3; k++)
    {
      if (_diptych_detect_match (ctx, k, LEX_GROUP, NULL) > 0)
        return k;
      if (_diptych_detect_is_punct (ctx, k) || detect_in (ctx, k, LEX_FUNCTION) ||
          detect_in (ctx, k, LEX_OUTCOME) ||
          detect_in (ctx, k, LEX_REPORTING) || detect_key (ctx, k)->quantity)
        break;
    }
  return last;
}
