/* diptych-detect-lexicon.c: the detectors' word lists (the files in
 * src/core/detect/, compiled in as C arrays at build time)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-detect"

#include "config.h"

#include <string.h>

#include "diptych-detect-private.h"
#include "diptych-detect-words.h"

/* A word of the lists, by its id. */
typedef struct
{
  GPtrArray *entries;  /* (nullable): the DetectEntry it starts */
  guint32    last_of;  /* bit (1 << list) for the lists with entries it ends */
} LexWord;

struct _DetectLexicon
{
  GHashTable *ids;    /* word → its id + 1, for every word of every list */
  GArray     *words;  /* LexWord, by id */
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

static guint32
intern (DetectLexicon *lexicon,
        char          *word)
{
  gpointer id = g_hash_table_lookup (lexicon->ids, word);

  if (id == NULL)
    {
      LexWord none = { NULL, 0 };

      g_array_append_val (lexicon->words, none);
      id = GUINT_TO_POINTER (lexicon->words->len);
      g_hash_table_insert (lexicon->ids, word, id);
    }
  return GPOINTER_TO_UINT (id) - 1;
}

static const char * const *
find_entries (DetectList list)
{
  for (guint i = 0; _diptych_detect_word_lists[i].file != NULL; i++)
    {
      if (g_str_equal (_diptych_detect_word_lists[i].file, list_files[list]))
        return _diptych_detect_word_lists[i].entries;
    }
  g_error ("The word list %s is missing", list_files[list]);
  return NULL;
}

/* Where the entries are built: each array in one block for all the
 * lists, which are kept as long as the process runs. A block a line made
 * reading the lists cost as much as reading a long article's part.
 */
typedef struct
{
  DetectEntry *entries;
  char        *text;   /* the lines, each NUL-terminated */
  char       **words;  /* each entry's, NULL-terminated */
  guint32     *ids;
} LexBlocks;

static void
blocks_init (LexBlocks *blocks)
{
  gsize n_entries = 0, n_words = 0, n_bytes = 0;

  for (guint list = 0; list < LEX_N_LISTS; list++)
    {
      const char * const *lines = find_entries (list);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          n_entries++;
          n_bytes += strlen (lines[i]) + 1;
          n_words += 1;
          for (const char *p = lines[i]; *p != '\0'; p++)
            n_words += *p == ' ';
        }
    }
  blocks->entries = g_new0 (DetectEntry, n_entries);
  blocks->text = g_new (char, n_bytes);
  blocks->words = g_new (char *, n_words + n_entries);
  blocks->ids = g_new (guint32, n_words);
}

static void
load_list (DetectLexicon *lexicon,
           LexBlocks     *blocks,
           DetectList     list)
{
  const char * const *lines = find_entries (list);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      DetectEntry *entry = blocks->entries++;
      gsize length = strlen (lines[i]);
      char *bar, *words;
      LexWord *first;

      /* The words split in place, at each space */
      entry->text = memcpy (blocks->text, lines[i], length + 1);
      blocks->text += length + 1;
      bar = strchr (entry->text, '|');
      if (bar != NULL)
        *bar = '\0';
      words = g_strstrip (entry->text);
      entry->n_words = 1;
      for (const char *p = words; *p != '\0'; p++)
        entry->n_words += *p == ' ';
      entry->words = blocks->words;
      blocks->words += entry->n_words + 1;
      for (guint k = 0; k < entry->n_words; k++)
        {
          char *space = strchr (words, ' ');

          entry->words[k] = words;
          if (space != NULL)
            {
              *space = '\0';
              words = space + 1;
            }
        }
      entry->words[entry->n_words] = NULL;

      entry->ids = blocks->ids;
      blocks->ids += entry->n_words;
      for (guint k = 0; k < entry->n_words; k++)
        entry->ids[k] = intern (lexicon, entry->words[k]);
      entry->list = list;
      entry->value = parse_value (list, bar != NULL ? bar + 1 : NULL);

      g_array_index (lexicon->words, LexWord, entry->ids[entry->n_words - 1]).last_of |= 1u << list;
      first = &g_array_index (lexicon->words, LexWord, entry->ids[0]);
      if (first->entries == NULL)
        first->entries = g_ptr_array_new ();
      g_ptr_array_add (first->entries, entry);
    }
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
      LexBlocks blocks;

      lists = g_new0 (DetectLexicon, 1);
      lists->ids = g_hash_table_new (g_str_hash, g_str_equal);
      lists->words = g_array_sized_new (FALSE, FALSE, sizeof (LexWord), 1024);
      blocks_init (&blocks);
      for (guint list = 0; list < LEX_N_LISTS; list++)
        load_list (lists, &blocks, list);
      g_atomic_pointer_set (&lexicon, lists);
    }
  G_UNLOCK (lexicon);
  return lists;
}

/**
 * _diptych_detect_lexicon_lookup:
 * @entries: (out): the entries whose first word is @word, or %NULL
 * @last_of: (out) (optional): bit (1 << list) for the lists with entries
 *   whose last word is @word
 *
 * Returns: the id of @word among the words of the lists, or
 *   DETECT_NO_WORD_ID when no list has it
 */
guint32
_diptych_detect_lexicon_lookup (DetectLexicon  *lexicon,
                                const char     *word,
                                GPtrArray     **entries,
                                guint32        *last_of)
{
  guint id = GPOINTER_TO_UINT (g_hash_table_lookup (lexicon->ids, word));
  const LexWord *known = id != 0 ? &g_array_index (lexicon->words, LexWord, id - 1) : NULL;

  *entries = known != NULL ? known->entries : NULL;
  if (last_of != NULL)
    *last_of = known != NULL ? known->last_of : 0;
  return id != 0 ? id - 1 : DETECT_NO_WORD_ID;
}
