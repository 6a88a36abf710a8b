/* diptych-detect-lexicon.c: the detectors' word lists (the files in
 * src/core/detect/, compiled in as C arrays and a hash table of their
 * words at build time: see detect/gen-word-lists.py)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-detect"

#include "config.h"

#include <string.h>

#include "diptych-detect-private.h"
#include "diptych-detect-words.h"

struct _DetectLexicon
{
  DetectEntry *entries;  /* _diptych_detect_entries with their lists and values */
  guint32     *last_of;  /* by word id: bit (1 << list) for the lists with entries it ends */
};

/* A key's lists are bits of a guint32 (DetectKey's single and first_of). */
G_STATIC_ASSERT (LEX_N_LISTS <= 32);

static const char * const list_files[LEX_N_LISTS] = {
  [LEX_NUMBER] = "numbers.txt",
  [LEX_SCALE] = "scales.txt",
  [LEX_VAGUE] = "vague.txt",
  [LEX_QUALIFIER] = "qualifiers.txt",
  [LEX_OUTCOME] = "outcomes.txt",
  [LEX_GROUP] = "groups.txt",
  [LEX_FUNCTION] = "function.txt",
  [LEX_UNIT] = "units.txt",
  [LEX_CURRENCY] = "currency.txt",
  [LEX_MONTH] = "months.txt",
  [LEX_BREAKDOWN] = "breakdown.txt",
  [LEX_TOLL] = "tolls.txt",
  [LEX_TOLL_VERB] = "toll-verbs.txt",
  [LEX_REPORTING] = "reporting.txt",
  [LEX_ATTRIBUTION] = "attribution.txt",
  [LEX_SKIP] = "skip.txt",
  [LEX_CLAUSE] = "clause.txt",
  [LEX_PRONOUN] = "pronouns.txt",
  [LEX_RELATIVE] = "relatives.txt",
  [LEX_ABBREVIATION] = "abbreviations.txt",
  [LEX_TITLE] = "titles.txt",
  [LEX_SOURCE_TYPE] = "source-types.txt",
  [LEX_AUXILIARY] = "auxiliaries.txt",
  [LEX_SOURCE_VERB] = "source-verbs.txt",
  [LEX_SOURCE_NOUN] = "source-nouns.txt",
  [LEX_OPENER] = "openers.txt",
  [LEX_PERSONAL] = "personal-pronouns.txt",
  [LEX_TIME] = "time-units.txt",
  [LEX_PLACE] = "places.txt",
  [LEX_FIGURE_WORD] = "figure-words.txt",
};

/* The roles of figure-words.txt, by value. */
static const char * const figure_word_roles[] = {
  [FIGURE_WORD_SEVERITY] = "severity",
  [FIGURE_WORD_BODY_PART] = "body-part",
  [FIGURE_WORD_UNIT] = "unit",
  [FIGURE_WORD_MEMBER] = "member",
  [FIGURE_WORD_NATIONALITY] = "nationality",
  [FIGURE_WORD_PERSON] = "person",
  [FIGURE_WORD_HOME] = "home",
  [FIGURE_WORD_CAMP] = "camp",
  [FIGURE_WORD_CARRIED] = "carried",
  [FIGURE_WORD_RUBBLE] = "rubble",
  [FIGURE_WORD_HOST] = "host",
  [FIGURE_WORD_KIN] = "kin",
  [FIGURE_WORD_SUSPECT] = "suspect",
  [FIGURE_WORD_INTENT] = "intent",
  [FIGURE_WORD_THING] = "thing",
  [FIGURE_WORD_CIVIC] = "civic",
  [FIGURE_WORD_CORPSE] = "corpse",
};

/* The value after "|": a number, or the name of an outcome, group,
 * qualifier or source type, as the list says.
 */
static gint64
parse_value (DetectList  list,
             const char *value)
{
  DiptychOutcome outcome;
  DiptychGroup group;
  DiptychQualifier qualifier;
  DiptychSourceType type;

  if (value == NULL)
    return 0;

  switch (list)
    {
    case LEX_OUTCOME:
      if (diptych_outcome_from_string (value, &outcome))
        return outcome;
      break;
    case LEX_GROUP:
      if (diptych_group_from_string (value, &group))
        return group;
      break;
    case LEX_QUALIFIER:
      if (diptych_qualifier_from_string (value, &qualifier))
        return qualifier;
      break;
    case LEX_SOURCE_TYPE:
      if (diptych_source_type_from_string (value, &type))
        return type;
      if (strcmp (value, "rank") == 0)
        return SOURCE_TYPE_RANK;
      break;
    case LEX_SOURCE_VERB:
      if (strcmp (value, "counting") == 0)
        return SOURCE_VERB_COUNTING;
      if (strcmp (value, "participle") == 0)
        return SOURCE_VERB_PARTICIPLE;
      if (strcmp (value, "quote") == 0)
        return SOURCE_VERB_QUOTE;
      if (strcmp (value, "check") == 0)
        return SOURCE_VERB_CHECK;
      if (strcmp (value, "context") == 0)
        return SOURCE_VERB_CONTEXT;
      if (strcmp (value, "clause") == 0)
        return SOURCE_VERB_CLAUSE;
      break;
    case LEX_SOURCE_NOUN:
      if (strcmp (value, "event") == 0)
        return SOURCE_NOUN_EVENT;
      if (strcmp (value, "statement") == 0)
        return SOURCE_NOUN_STATEMENT;
      if (strcmp (value, "hearsay") == 0)
        return SOURCE_NOUN_HEARSAY;
      if (strcmp (value, "person") == 0)
        return SOURCE_NOUN_PERSON;
      if (strcmp (value, "disputed") == 0)
        return SOURCE_NOUN_DISPUTED;
      break;
    case LEX_FIGURE_WORD:
      for (guint role = 0; role < G_N_ELEMENTS (figure_word_roles); role++)
        if (figure_word_roles[role] != NULL && strcmp (value, figure_word_roles[role]) == 0)
          return role;
      break;
    case LEX_NUMBER:
    case LEX_SCALE:
    case LEX_VAGUE:
    case LEX_FUNCTION:
    case LEX_UNIT:
    case LEX_CURRENCY:
    case LEX_MONTH:
    case LEX_BREAKDOWN:
    case LEX_TOLL:
    case LEX_TOLL_VERB:
    case LEX_REPORTING:
    case LEX_ATTRIBUTION:
    case LEX_SKIP:
    case LEX_CLAUSE:
    case LEX_PRONOUN:
    case LEX_RELATIVE:
    case LEX_ABBREVIATION:
    case LEX_TITLE:
    case LEX_AUXILIARY:
    case LEX_OPENER:
    case LEX_PERSONAL:
    case LEX_TIME:
    case LEX_N_LISTS:
    default:
      return g_ascii_strtoll (value, NULL, 10);
    }

  g_critical ("Unknown value “%s” in the word list %s", value, list_files[list]);
  return 0;
}

/* The list read from each file of _diptych_detect_files: every list
 * from one.
 */
static void
map_files (DetectList *lists)
{
  guint32 found = 0;

  for (guint f = 0; _diptych_detect_files[f] != NULL; f++)
    {
      guint list = 0;

      while (list < LEX_N_LISTS && strcmp (list_files[list], _diptych_detect_files[f]) != 0)
        list++;
      if (list == LEX_N_LISTS)
        g_error ("The word list %s is not read", _diptych_detect_files[f]);
      lists[f] = list;
      found |= 1u << list;
    }
  for (guint list = 0; list < LEX_N_LISTS; list++)
    if ((found & (1u << list)) == 0)
      g_error ("The word list %s is missing", list_files[list]);
}

static DetectLexicon *
lexicon_new (void)
{
  DetectLexicon *lexicon = g_new0 (DetectLexicon, 1);
  DetectList lists[256];

  map_files (lists);
  lexicon->entries = g_new (DetectEntry, _diptych_detect_n_entries);
  lexicon->last_of = g_new0 (guint32, _diptych_detect_n_words);
  for (guint e = 0; e < _diptych_detect_n_entries; e++)
    {
      const DiptychDetectWordEntry *line = &_diptych_detect_entries[e];
      DetectEntry *entry = &lexicon->entries[e];

      entry->words = &_diptych_detect_entry_words[line->at];
      entry->ids = &_diptych_detect_entry_ids[line->at];
      entry->n_words = line->n_words;
      entry->list = lists[line->file];
      entry->value = parse_value (entry->list, line->value);
      lexicon->last_of[entry->ids[entry->n_words - 1]] |= 1u << entry->list;
    }
  return lexicon;
}

/**
 * _diptych_detect_lexicon_get:
 *
 * The word lists, read on first use and kept: they never change, and an
 * article read in parts needs them on each part's thread.
 *
 * Returns: (transfer none): the lexicon, safe to look words up in from
 *   any thread
 */
G_LOCK_DEFINE_STATIC (lexicon);

DetectLexicon *
_diptych_detect_lexicon_get (void)
{
  /* Set once, by an atomic store after the lists are read: a thread that
   * finds it set finds them read (as g_once_init_enter() would do, but
   * here in code a thread sanitizer sees).
   */
  static DetectLexicon *lexicon;
  DetectLexicon *lists = g_atomic_pointer_get (&lexicon);

  if (lists != NULL)
    return lists;

  G_LOCK (lexicon);
  lists = g_atomic_pointer_get (&lexicon);
  if (lists == NULL)
    {
      lists = lexicon_new ();
      g_atomic_pointer_set (&lexicon, lists);
    }
  G_UNLOCK (lexicon);
  return lists;
}

/* FNV-1a, as gen-word-lists.py hashes the words */
static guint32
hash_word (const char *word)
{
  guint32 hash = 2166136261u;

  for (const guchar *p = (const guchar *)word; *p != '\0'; p++)
    hash = (hash ^ *p) * 16777619u;
  return hash;
}

/**
 * _diptych_detect_lexicon_lookup:
 * @entries: (out): the entries whose first word is @word
 * @n_entries: (out): how many
 * @last_of: (out) (optional): bit (1 << list) for the lists with entries
 *   whose last word is @word
 *
 * Returns: the id of @word among the words of the lists, or
 *   DETECT_NO_WORD_ID when no list has it
 */
guint32
_diptych_detect_lexicon_lookup (DetectLexicon      *lexicon,
                                const char         *word,
                                const DetectEntry **entries,
                                guint              *n_entries,
                                guint32            *last_of)
{
  guint mask = _diptych_detect_n_word_slots - 1;

  for (guint at = hash_word (word) & mask; _diptych_detect_word_slots[at] != 0; at = (at + 1) & mask)
    {
      guint32 id = _diptych_detect_word_slots[at] - 1;

      if (strcmp (_diptych_detect_words[id], word) == 0)
        {
          *entries = &lexicon->entries[_diptych_detect_word_entries[id]];
          *n_entries = _diptych_detect_word_entries[id + 1] - _diptych_detect_word_entries[id];
          if (last_of != NULL)
            *last_of = lexicon->last_of[id];
          return id;
        }
    }

  *entries = NULL;
  *n_entries = 0;
  if (last_of != NULL)
    *last_of = 0;
  return DETECT_NO_WORD_ID;
}
