/* diptych-detect-private.h: what the detectors share: the article's
 * tokens with their words looked up in the word lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "diptych-suggestion.h"
#include "diptych-tokenizer.h"

G_BEGIN_DECLS

/* The word lists, one per file in src/core/detect/. */
typedef enum
{
  LEX_NUMBER,
  LEX_SCALE,
  LEX_VAGUE,
  LEX_QUALIFIER,
  LEX_OUTCOME,
  LEX_GROUP,
  LEX_FUNCTION,
  LEX_UNIT,
  LEX_CURRENCY,
  LEX_MONTH,
  LEX_BREAKDOWN,
  LEX_TOLL,
  LEX_TOLL_VERB,
  LEX_REPORTING,
  LEX_ATTRIBUTION,
  LEX_SKIP,
  LEX_CLAUSE,
  LEX_PRONOUN,
  LEX_RELATIVE,
  LEX_ABBREVIATION,
  LEX_TITLE,
  LEX_SOURCE_TYPE,
  LEX_AUXILIARY,
  LEX_SOURCE_VERB,
  LEX_SOURCE_NOUN,
  LEX_OPENER,
  LEX_PERSONAL,
  LEX_TIME,
  LEX_PLACE,
  LEX_FIGURE_WORD,
  LEX_N_LISTS
} DetectList;

/* The values of source-verbs.txt and source-nouns.txt. */
typedef enum
{
  SOURCE_VERB_COUNTING = 1,
  SOURCE_VERB_PARTICIPLE,
  SOURCE_VERB_QUOTE,
  SOURCE_VERB_CHECK,
  SOURCE_VERB_CONTEXT,
  SOURCE_VERB_CLAUSE,
} SourceVerbRole;

typedef enum
{
  SOURCE_NOUN_EVENT = 1,
  SOURCE_NOUN_STATEMENT,
  SOURCE_NOUN_HEARSAY,
  SOURCE_NOUN_PERSON,
  SOURCE_NOUN_DISPUTED,
} SourceNounRole;

/* source-types.txt's value for a rank besides the DiptychSourceType
 * values: a soldier's, unless the name says police or government
 * ("Police Colonel", "ministry spokesman Brigadier General").
 */
#define SOURCE_TYPE_RANK (DIPTYCH_SOURCE_OTHER + 1)

/* The values of figure-words.txt. */
typedef enum
{
  FIGURE_WORD_SEVERITY = 1,
  FIGURE_WORD_BODY_PART,
  FIGURE_WORD_UNIT,
  FIGURE_WORD_MEMBER,
  FIGURE_WORD_NATIONALITY,
  FIGURE_WORD_PERSON,
  FIGURE_WORD_HOME,
  FIGURE_WORD_CAMP,
  FIGURE_WORD_CARRIED,
  FIGURE_WORD_RUBBLE,
  FIGURE_WORD_HOST,
  FIGURE_WORD_KIN,
  FIGURE_WORD_SUSPECT,
  FIGURE_WORD_INTENT,
  FIGURE_WORD_THING,
  FIGURE_WORD_CIVIC,
  FIGURE_WORD_CORPSE,
} FigureWordRole;

#define DETECT_NO_WORD_ID G_MAXUINT32

typedef struct
{
  const char * const *words;  /* lower case, in text */
  const guint32      *ids;    /* the words' ids in the lexicon */
  guint               n_words;
  DetectList  list;
  gint64      value;   /* a number, or the enum value of an outcome, … */
} DetectEntry;

typedef struct _DetectLexicon DetectLexicon;

DetectLexicon *_diptych_detect_lexicon_get    (void);
guint32        _diptych_detect_lexicon_lookup (DetectLexicon      *lexicon,
                                               const char         *word,
                                               const DetectEntry **entries,
                                               guint              *n_entries,
                                               guint32            *last_of);


/* The first eight bytes of @word, zero after it, byte k at bits 8k: for
 * a literal, a constant the compiler works out.
 */
G_ALWAYS_INLINE static inline guint64
detect_word_head (const char *word)
{
  guint64 head = 0;

  /* Unrolled, so that a literal's head is a constant at -O2 as well */
  switch (MIN (strlen (word), 8))
    {
    case 8: head |= (guint64)(guchar)word[7] << 56; G_GNUC_FALLTHROUGH;
    case 7: head |= (guint64)(guchar)word[6] << 48; G_GNUC_FALLTHROUGH;
    case 6: head |= (guint64)(guchar)word[5] << 40; G_GNUC_FALLTHROUGH;
    case 5: head |= (guint64)(guchar)word[4] << 32; G_GNUC_FALLTHROUGH;
    case 4: head |= (guint64)(guchar)word[3] << 24; G_GNUC_FALLTHROUGH;
    case 3: head |= (guint64)(guchar)word[2] << 16; G_GNUC_FALLTHROUGH;
    case 2: head |= (guint64)(guchar)word[1] << 8; G_GNUC_FALLTHROUGH;
    case 1: head |= (guint64)(guchar)word[0]; G_GNUC_FALLTHROUGH;
    default: break;
    }
  return head;
}

/* What is known of a token's key, once per key. */
typedef struct
{
  const char *folded;  /* the tokenizer's key, in the context's key pool */
  char      *lower;
  guint64    head;     /* detect_word_head() of lower */
  guint32    word_id;  /* of lower in the lexicon, or DETECT_NO_WORD_ID */
  guint32    length;   /* of lower, in bytes */
  const DetectEntry *entries;  /* the n_entries whose first word this is */
  guint      n_entries;
  guint32    single;   /* bit (1 << list) for one-word entries */
  guint32    first_of; /* bit (1 << list) for the entries in entries */
  guint32    last_of;  /* bit (1 << list) for the lists with entries it ends */
  guint      upper : 1;     /* starts with a capital */
  guint      all_upper : 1; /* "UNHCR", "US" */
  guint      digits : 1;    /* a number token: "1,500", "6.8" */
  guint      range : 1;     /* "20-25" */
  guint      number_word : 1; /* "seven", "twenty-one" */
  guint      owned : 1;     /* lower is not the table's own string */
  guint      possessive : 1;/* ends in "'s" */
  guint      kind : 2;      /* DiptychTokenKind */
  /* What the detectors look for first, so that they pass over the
   * other tokens at the cost of a test:
   */
  guint      quantity : 1;  /* may start a quantity: see _diptych_detect_read_quantity() */
  guint      reports : 1;   /* may start a source: see the source detector */
  guint      quote : 1;     /* "\"" */
  guint      apostrophe : 1; /* "'": a quotation mark too, where it stands as one */
  guint      point : 1;     /* "." */
  guint      stop : 1;      /* "!", "?" */
  guint      ends : 1;      /* one of the three: a sentence may end here */
  guint      letter : 1;    /* one letter: "U" of "U.N." */
} DetectKey;

/* Small: a long article has hundreds of thousands, and each page of them
 * is a page fault.
 */
typedef struct
{
  guint32 byte_start;
  guint32 byte_end;
  guint32 key;
} DetectToken;

typedef struct
{
  guint first;  /* token range */
  guint last;   /* exclusive */
} DetectSentence;

/* A found figure, source or claim, before it becomes a suggestion. */
typedef struct
{
  DiptychAnnotationKind kind;
  guint                 first;   /* token range, last exclusive */
  guint                 last;
  guint32               byte_start;  /* when it does not end at tokens */
  guint32               byte_end;
  guint                 sentence;
  DiptychCasualty       casualty;  /* raw in the context's strings */
  gint                  parent;  /* index of the figure it breaks down, or -1 */
  gint                  source;  /* index of its source, or -1 */
  guint                 more : 1;    /* "two more people": an increment */
  guint                 no_group : 1;/* the group was not written */
  guint                 predicate : 1;/* the group is a predicate's: "19 of them are children" */
  guint                 toll : 1;    /* "the toll to 39" */
  guint                 joined : 1;  /* "and five women", "64 others" */
  guint                 others_open : 1; /* "At least 112 others were injured" opens its sentence */
  guint                 open : 1;    /* a source whose type the parts before tell */
  guint                 disputes : 1;/* a source that rejects what is before it: "a charge Kigali denies" */
  guint                 head;        /* a source's head word: "team" of "the team" */
  DiptychSourceType     source_type;
  guint                 quantity;    /* the number's first token */
  guint                 id;          /* its place in text order, from 1 */
} DetectItem;

/* What the detectors know of a part of the article (see
 * diptych-detect.c): its tokens, keys, sentences, sources and claims are
 * its own, numbered from its start; the figures are the article's, and
 * so are their sentences and quantities, except while they are found
 * ahead (see _diptych_detect_casualties()).
 */
typedef struct _DetectContext
{
  DiptychText   *text;
  const char    *contents;   /* the article's */
  gsize          n_bytes;
  gsize          byte_start; /* the part's */
  gsize          byte_end;
  guint          part;           /* its number, from 0 */
  guint          sentence_base;  /* the sentences and tokens of the parts */
  guint          token_base;     /* before this one */
  struct _DetectContext *before; /* the part before, once it is done */
  gboolean       wrapped;        /* the article's lines are wrapped at a width: only a
                                  * blank line breaks (see _diptych_detect_lines_wrapped()) */
  gboolean       ahead;          /* its figures found before the parts before are */
  gboolean       needs_before;   /* and one of them would have looked at theirs */
  DetectLexicon *lexicon;
  GString       *key_pool;   /* the keys' folded text */
  GStringChunk  *strings;    /* the items' (a figure's raw words) */
  GArray        *keys;       /* DetectKey, by key id */
  GArray        *tokens;     /* DetectToken */
  /* The arrays' data once they are built, for the many accesses */
  const DetectToken *token_data;
  const DetectKey   *key_data;
  guint              n_tokens;
  GArray        *breaks;     /* guint32 words: bit i, a line break before token i */
  GArray        *sentences;  /* DetectSentence */
  GArray        *figures;    /* DetectItem, the article's */
  guint          figures_from;  /* the part's */
  guint          figures_to;
  GArray        *sources;    /* DetectItem */
  GArray        *claims;     /* DetectItem */
} DetectContext;

static inline const DetectToken *
detect_token (DetectContext *ctx,
              guint          i)
{
  return &ctx->token_data[i];
}

static inline const DetectKey *
detect_key (DetectContext *ctx,
            guint          i)
{
  return &ctx->key_data[ctx->token_data[i].key];
}

/* Whether a line break is in the gap before token @i. */
static inline gboolean
detect_line_before (DetectContext *ctx,
                    guint          i)
{
  return i / 32 < ctx->breaks->len &&
         (g_array_index (ctx->breaks, guint32, i / 32) & (1u << (i % 32))) != 0;
}

/* The sentence of token @i, by bisection: tokens do not keep it. */
static inline guint
detect_sentence (DetectContext *ctx,
                 guint          i)
{
  guint low = 0, high = ctx->sentences->len;

  while (high - low > 1)
    {
      guint mid = low + (high - low) / 2;

      if (g_array_index (ctx->sentences, DetectSentence, mid).first <= i)
        low = mid;
      else
        high = mid;
    }
  return low;
}

static inline const char *
detect_lower (DetectContext *ctx,
              guint          i)
{
  return detect_key (ctx, i)->lower;
}

/* g_str_has_suffix() of token @i's lower case: with the key's length and a
 * literal's, a comparison of a few bytes once inlined, where the rules ask
 * it some hundred thousand times an article.
 */
G_ALWAYS_INLINE static inline gboolean
detect_ends_with (DetectContext *ctx,
                  guint          i,
                  const char    *suffix)
{
  const DetectKey *key = detect_key (ctx, i);
  gsize n = strlen (suffix);

  return key->length >= n && memcmp (key->lower + key->length - n, suffix, n) == 0;
}

/* g_str_has_prefix() of token @i's lower case: a literal prefix shorter
 * than eight bytes is told by the key's head.
 */
G_ALWAYS_INLINE static inline gboolean
detect_starts_with (DetectContext *ctx,
                    guint          i,
                    const char    *prefix)
{
  const DetectKey *key = detect_key (ctx, i);
  gsize n = strlen (prefix);

  if (n < 8)
    return (key->head & ((G_GUINT64_CONSTANT (1) << (8 * n)) - 1)) == detect_word_head (prefix);
  return strncmp (key->lower, prefix, n) == 0;
}

gboolean _diptych_detect_is_single_quote (DetectContext *ctx,
                                          guint          i);

static inline gboolean
_diptych_detect_is_quote (DetectContext *ctx,
                          guint          i)
{
  return i < ctx->n_tokens &&
         (detect_key (ctx, i)->quote ||
          (detect_key (ctx, i)->apostrophe && _diptych_detect_is_single_quote (ctx, i)));
}

/* "UN", "ISPR", "DI": initials, two capitals or more. */
static inline gboolean
detect_is_acronym (DetectContext *ctx,
                   guint          i)
{
  const DetectKey *key = detect_key (ctx, i);

  return key->all_upper && key->lower[0] != '\0' && key->lower[1] != '\0';
}

static inline gboolean
detect_in (DetectContext *ctx,
           guint          i,
           DetectList     list)
{
  return i < ctx->n_tokens && (detect_key (ctx, i)->single & (1u << list)) != 0;
}

static inline gint64
detect_value (DetectContext *ctx,
              guint          i,
              DetectList     list)
{
  const DetectKey *key = detect_key (ctx, i);

  for (guint e = 0; e < key->n_entries; e++)
    {
      const DetectEntry *entry = &key->entries[e];

      if (entry->list == list && entry->n_words == 1)
        return entry->value;
    }
  return 0;
}

/* Whether token @i is @word (lower case). A literal word shorter than
 * eight bytes is told by the key's head alone: one comparison with a
 * constant, once inlined (the compiler does not always see that).
 */
G_ALWAYS_INLINE static inline gboolean
_diptych_detect_is (DetectContext *ctx,
                    guint          i,
                    const char    *word)
{
  const char *lower;

  if (i >= ctx->n_tokens)
    return FALSE;
  if (strlen (word) < 8)
    return detect_key (ctx, i)->head == detect_word_head (word);
  /* … and a longer one by its first eight bytes, nearly always, before
   * the rest.
   */
  if (detect_key (ctx, i)->head != detect_word_head (word))
    return FALSE;
  lower = detect_lower (ctx, i) + 8;
  word += 8;
  while (*lower != '\0' && *lower == *word)
    {
      lower++;
      word++;
    }
  return *lower == *word;
}

/* "our", "my", "their", "his", "her", "its" */
static inline gboolean
detect_is_possessive_determiner (DetectContext *ctx,
                                 guint          i)
{
  return _diptych_detect_is (ctx, i, "our") || _diptych_detect_is (ctx, i, "my") ||
         _diptych_detect_is (ctx, i, "their") || _diptych_detect_is (ctx, i, "his") ||
         _diptych_detect_is (ctx, i, "her") || _diptych_detect_is (ctx, i, "its");
}

/* 1 at "a" or "an", else 0 */
static inline guint
_diptych_detect_is_article (DetectContext *ctx,
                            guint          i)
{
  return _diptych_detect_is (ctx, i, "a") || _diptych_detect_is (ctx, i, "an");
}

guint     _diptych_detect_match_entries (DetectContext      *ctx,
                                         guint               i,
                                         DetectList          list,
                                         const DetectEntry **entry);

/**
 * _diptych_detect_match:
 *
 * Returns: how many tokens from @i on the longest entry of @list covers,
 *   or 0; most tokens start no entry of the list, which is told here
 */
static inline guint
_diptych_detect_match (DetectContext      *ctx,
                       guint               i,
                       DetectList          list,
                       const DetectEntry **entry)
{
  if (i >= ctx->n_tokens || (detect_key (ctx, i)->first_of & (1u << list)) == 0)
    return 0;
  return _diptych_detect_match_entries (ctx, i, list, entry);
}

guint     _diptych_detect_match_before_entries (DetectContext      *ctx,
                                                guint               end,
                                                guint               floor,
                                                DetectList          list,
                                                const DetectEntry **entry);

/**
 * _diptych_detect_match_before:
 *
 * Returns: how many tokens before @end the longest entry of @list that
 *   ends there covers, starting no earlier than @floor; or 0. Most tokens
 *   end no entry of the list, which is told here.
 */
static inline guint
_diptych_detect_match_before (DetectContext      *ctx,
                              guint               end,
                              guint               floor,
                              DetectList          list,
                              const DetectEntry **entry)
{
  if (end <= floor || (detect_key (ctx, end - 1)->last_of & (1u << list)) == 0)
    return 0;
  return _diptych_detect_match_before_entries (ctx, end, floor, list, entry);
}


gboolean  _diptych_detect_lines_wrapped (const char *contents,
                                         gsize       n_bytes);
void      _diptych_detect_lex        (DetectContext *ctx);

void      _diptych_detect_casualties (DetectContext *ctx);
void      _diptych_detect_casualties_after (DetectContext *ctx,
                                            GArray        *ahead);
void      _diptych_detect_resolve_groups (GArray *figures);
void      _diptych_detect_sources    (DetectContext *ctx);
void      _diptych_detect_settle_sources (DetectContext *ctx);

void      _diptych_detect_set_parts  (guint n_parts,
                                      gsize min_bytes);

G_END_DECLS
