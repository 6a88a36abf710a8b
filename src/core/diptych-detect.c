/* diptych-detect.c: suggestions of casualty figures, sources and claims
 *
 * The article is split into the tokenizer's tokens, each key looked up
 * once in the word lists, and into sentences. The casualty detector
 * (diptych-detect-casualty.c) and the source and claim detector
 * (diptych-detect-source.c) find items over the tokens; this file turns
 * them into suggestions with code point spans and ids, and links them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-detect"

#include "config.h"

#include <string.h>

#include "diptych-casualty-parser.h"
#include "diptych-detect-private.h"
#include "diptych-parallel.h"

G_DEFINE_BOXED_TYPE (DiptychSuggestion, diptych_suggestion,
                     diptych_suggestion_copy, diptych_suggestion_free)

DiptychSuggestion *
diptych_suggestion_copy (const DiptychSuggestion *suggestion)
{
  DiptychSuggestion *copy;

  g_return_val_if_fail (suggestion != NULL, NULL);

  copy = g_memdup2 (suggestion, sizeof *suggestion);
  copy->id = g_strdup (suggestion->id);
  copy->text = g_strdup (suggestion->text);
  copy->casualty.raw = g_strdup (suggestion->casualty.raw);
  copy->casualty.subset_of = g_strdup (suggestion->casualty.subset_of);
  copy->casualty.source = g_strdup (suggestion->casualty.source);
  copy->source.name = g_strdup (suggestion->source.name);
  copy->claim.speaker = g_strdup (suggestion->claim.speaker);
  return copy;
}

void
diptych_suggestion_free (DiptychSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;

  g_free (suggestion->id);
  g_free (suggestion->text);
  diptych_casualty_clear (&suggestion->casualty);
  g_free (suggestion->source.name);
  g_free (suggestion->claim.speaker);
  g_free (suggestion);
}

/* Whether the words of @entry are the tokens from @i on. */
static gboolean
entry_matches (DetectContext     *ctx,
               const DetectEntry *entry,
               guint              i)
{
  if (i + entry->n_words > ctx->n_tokens)
    return FALSE;
  for (guint k = 1; k < entry->n_words; k++)
    {
      if (detect_key (ctx, i + k)->word_id != entry->ids[k])
        return FALSE;
    }
  return TRUE;
}

/* _diptych_detect_match() past its tests: token @i has entries of @list. */
guint
_diptych_detect_match_entries (DetectContext      *ctx,
                               guint               i,
                               DetectList          list,
                               const DetectEntry **entry)
{
  const DetectKey *key = detect_key (ctx, i);
  const DetectEntry *best = NULL;

  for (guint e = 0; e < key->n_entries; e++)
    {
      const DetectEntry *candidate = &key->entries[e];

      if (candidate->list == list && (best == NULL || candidate->n_words > best->n_words) &&
          entry_matches (ctx, candidate, i))
        best = candidate;
    }

  if (entry != NULL)
    *entry = best;
  return best != NULL ? best->n_words : 0;
}

/* _diptych_detect_match_before() past its test: token @end - 1 ends an
 * entry of @list.
 */
guint
_diptych_detect_match_before_entries (DetectContext      *ctx,
                                      guint               end,
                                      guint               floor,
                                      DetectList          list,
                                      const DetectEntry **entry)
{
  for (guint n = MIN (4, end - MIN (end, floor)); n > 0; n--)
    {
      const DetectKey *key = detect_key (ctx, end - n);

      if ((key->first_of & (1u << list)) == 0)
        continue;
      for (guint e = 0; e < key->n_entries; e++)
        {
          const DetectEntry *candidate = &key->entries[e];

          if (candidate->list == list && candidate->n_words == n &&
              entry_matches (ctx, candidate, end - n))
            {
              if (entry != NULL)
                *entry = candidate;
              return n;
            }
        }
    }
  return 0;
}

/* Whether @str is a name after an Arabic article, which stays in
 * lower case: "al-Arabi", "el-Sisi", "ash-Shaikh".
 */
static gboolean
arabic_article_name (const char *str)
{
  const char *hyphen = strchr (str, '-');

  if (hyphen == NULL || hyphen - str < 2 || hyphen - str > 3 || !g_ascii_isupper (hyphen[1]))
    return FALSE;
  return g_str_has_prefix (str, "al-") || g_str_has_prefix (str, "el-") || g_str_has_prefix (str, "ad-") ||
         g_str_has_prefix (str, "as-") || g_str_has_prefix (str, "ash-") || g_str_has_prefix (str, "an-") ||
         g_str_has_prefix (str, "ar-") || g_str_has_prefix (str, "at-") || g_str_has_prefix (str, "az-");
}

/* Looks each key up once: an article of a megabyte has some 200,000
 * tokens but only a few thousand keys.
 */
static void
index_keys (DetectContext *ctx)
{
  for (guint k = 0; k < ctx->keys->len; k++)
    {
      DetectKey *key = &g_array_index (ctx->keys, DetectKey, k);
      const char *str = key->folded;
      gunichar first = g_utf8_get_char (str);
      gboolean all_upper = TRUE, any_letter = FALSE, digits = TRUE, hyphen = FALSE;

      key->owned = FALSE;
      for (const char *p = str; *p; p++)
        if ((guchar)*p >= 0x80 || g_ascii_isupper (*p))
          {
            key->owned = TRUE;
            break;
          }
      key->lower = key->owned ? g_utf8_strdown (str, -1) : (char *)str;
      key->length = strlen (key->lower);
      key->head = detect_word_head (key->lower);
      key->word_id = _diptych_detect_lexicon_lookup (ctx->lexicon, key->lower, &key->entries,
                                                     &key->n_entries, &key->last_of);
      key->upper = g_unichar_isupper (first) || arabic_article_name (str);
      key->possessive = g_str_has_suffix (key->lower, "'s");
      for (const char *p = str; *p; p = g_utf8_next_char (p))
        {
          /* ASCII, nearly always, without Unicode's tables */
          gunichar c = (guchar)*p < 0x80 ? (guchar)*p : g_utf8_get_char (p);
          gboolean alpha = c < 0x80 ? g_ascii_isalpha (c) : g_unichar_isalpha (c);

          if (alpha)
            {
              any_letter = TRUE;
              if (c < 0x80 ? !g_ascii_isupper (c) : !g_unichar_isupper (c))
                all_upper = FALSE;
            }
          if (c == '-')
            hyphen = TRUE;
          else if (!g_ascii_isdigit (c) && c != ',' && c != '.')
            digits = FALSE;
        }
      key->all_upper = any_letter && all_upper;
      key->digits = g_ascii_isdigit (str[0]) && digits && !hyphen;
      key->range = g_ascii_isdigit (str[0]) && digits && hyphen;

      for (guint e = 0; e < key->n_entries; e++)
        {
          const DetectEntry *entry = &key->entries[e];

          key->first_of |= 1u << entry->list;
          if (entry->n_words == 1)
            key->single |= 1u << entry->list;
        }
    }
}

/* "twenty-one": a number word of two */
static void
index_compounds (DetectContext *ctx)
{
  for (guint k = 0; k < ctx->keys->len; k++)
    {
      DetectKey *key = &g_array_index (ctx->keys, DetectKey, k);
      const char *hyphen = strchr (key->lower, '-');
      g_autofree char *first = NULL;
      gboolean a = FALSE, b = FALSE;
      const DetectEntry *entries;
      guint n_entries;

      key->number_word = (key->single & (1u << LEX_NUMBER)) != 0;
      if (key->number_word || hyphen == NULL || g_ascii_isdigit (key->lower[0]))
        continue;
      first = g_strndup (key->lower, hyphen - key->lower);
      _diptych_detect_lexicon_lookup (ctx->lexicon, first, &entries, &n_entries, NULL);
      for (guint e = 0; e < n_entries; e++)
        a |= entries[e].list == LEX_NUMBER;
      _diptych_detect_lexicon_lookup (ctx->lexicon, hyphen + 1, &entries, &n_entries, NULL);
      for (guint e = 0; e < n_entries; e++)
        b |= entries[e].list == LEX_NUMBER;
      key->number_word = a && b;
    }
}

/* What the detectors look for first, and the marks of a sentence's end. */
static void
index_triggers (DetectContext *ctx)
{
  for (guint k = 0; k < ctx->keys->len; k++)
    {
      DetectKey *key = &g_array_index (ctx->keys, DetectKey, k);
      const char *w = key->lower;

      key->quantity = (key->first_of & (1u << LEX_VAGUE)) || key->range || key->digits ||
                      key->number_word || strcmp (w, "a") == 0 || strcmp (w, "an") == 0 ||
                      strcmp (w, "half") == 0;
      key->reports = (key->first_of & (1u << LEX_ATTRIBUTION)) || key->possessive ||
                     (key->single & ((1u << LEX_REPORTING) | (1u << LEX_TOLL_VERB)));
      key->quote = strcmp (w, "\"") == 0;
      key->apostrophe = strcmp (w, "'") == 0;
      key->point = strcmp (w, ".") == 0;
      key->stop = strcmp (w, "!") == 0 || strcmp (w, "?") == 0;
      key->ends = key->quote || key->point || key->stop;
      key->letter = g_utf8_strlen (w, -1) == 1 && g_unichar_isalpha (g_utf8_get_char (w));
    }
}

/* Whether the apostrophe at @i stands as a quotation mark, as British
 * copy writes them: closing after the punctuation of the words quoted
 * ("…,' said Ngaba Rosalie"), or opening at a word's start ("'They came
 * before dawn"); not in "the herders' cattle".
 */
gboolean
_diptych_detect_is_single_quote (DetectContext *ctx,
                                 guint          i)
{
  const DetectToken *token = detect_token (ctx, i);
  gboolean joined_before = i > 0 && detect_token (ctx, i - 1)->byte_end == token->byte_start;
  gboolean joined_after = i + 1 < ctx->n_tokens && detect_token (ctx, i + 1)->byte_start == token->byte_end;

  if (joined_before && !joined_after)
    {
      const DetectKey *before = detect_key (ctx, i - 1);

      return before->point || before->stop || strcmp (before->lower, ",") == 0;
    }
  return !joined_before && joined_after && detect_key (ctx, i + 1)->kind == DIPTYCH_TOKEN_WORD;
}

static gboolean
is_sentence_end (DetectContext *ctx,
                 guint          i)
{
  const DetectKey *key = detect_key (ctx, i);

  if (key->stop)
    return TRUE;
  if (!key->point)
    return FALSE;
  /* A point at the start of a line is no abbreviation's: the word
   * before is on another line (or in the part before).
   */
  if (detect_line_before (ctx, i))
    return TRUE;
  if (i == 0)
    return FALSE;

  /* "Dr.", "Col.", "U.N.", "a.m." */
  key = detect_key (ctx, i - 1);
  return !key->letter && (key->single & (1u << LEX_ABBREVIATION)) == 0;
}

static void
split_sentences (DetectContext *ctx)
{
  DetectSentence sentence = { 0, 0 };
  guint n = ctx->n_tokens;
  const DetectKey *previous = NULL;
  guint32 breaks = 0;

  for (guint i = 0; i < n; i++)
    {
      const DetectKey *key = detect_key (ctx, i);
      gboolean starts = FALSE, line;

      /* The line breaks 32 tokens at a time */
      if (i % 32 == 0)
        breaks = i / 32 < ctx->breaks->len ? g_array_index (ctx->breaks, guint32, i / 32) : 0;
      line = (breaks >> (i % 32)) & 1;

      if (i > 0 && line)
        starts = TRUE;
      else if (i > 0 && previous->ends)
        {
          guint end = i - 1;

          /* A closing quote after the point: "… our hands.” There" */
          if (_diptych_detect_is_quote (ctx, end) && end > 0 && !line &&
              detect_token (ctx, end)->byte_start == detect_token (ctx, end - 1)->byte_end)
            end--;
          starts = is_sentence_end (ctx, end) && end + 1 == i &&
                   (detect_key (ctx, i)->upper || _diptych_detect_is_quote (ctx, i) ||
                    g_ascii_isdigit (detect_lower (ctx, i)[0]));
          if (!starts && end + 1 < i)
            starts = is_sentence_end (ctx, end);
        }

      if (starts && i > sentence.first)
        {
          sentence.last = i;
          g_array_append_val (ctx->sentences, sentence);
          sentence.first = i;
        }
      previous = key;
    }

  if (n > sentence.first)
    {
      sentence.last = n;
      g_array_append_val (ctx->sentences, sentence);
    }
}

static guint32
item_byte_start (DetectContext    *ctx,
                 const DetectItem *item)
{
  return item->byte_start != 0 || item->byte_end != 0 ?
         item->byte_start : detect_token (ctx, item->first)->byte_start;
}

static guint32
item_byte_end (DetectContext    *ctx,
               const DetectItem *item)
{
  return item->byte_start != 0 || item->byte_end != 0 ?
         item->byte_end : detect_token (ctx, item->last - 1)->byte_end;
}

/* An item in text order: by start, the longer first, then by kind. Byte
 * offsets order as code points do.
 */
typedef struct
{
  DetectItem *item;
  guint32     byte_start;
  guint32     byte_end;
} Ordered;

static inline gboolean
ordered_before (const Ordered *a,
                const Ordered *b)
{
  if (a->byte_start != b->byte_start)
    return a->byte_start < b->byte_start;
  if (a->byte_end != b->byte_end)
    return a->byte_end > b->byte_end;
  return a->item->kind < b->item->kind;
}

/* One kind's items in text order. They are found nearly in that order:
 * an insertion sort moves the few that are not a little way, and keeps
 * items at the same place in the order they were found.
 */
static GArray *
order_kind (DetectContext *ctx,
            GArray        *items,
            guint          from,
            guint          to)
{
  GArray *ordered = g_array_sized_new (FALSE, FALSE, sizeof (Ordered), to - from);
  Ordered *o = (Ordered *)(void *)ordered->data;

  for (guint i = 0; i < to - from; i++)
    {
      DetectItem *item = &g_array_index (items, DetectItem, from + i);
      Ordered here = { item, item_byte_start (ctx, item), item_byte_end (ctx, item) };
      guint k;

      for (k = i; k > 0 && ordered_before (&here, &o[k - 1]); k--)
        o[k] = o[k - 1];
      o[k] = here;
    }
  ordered->len = to - from;
  return ordered;
}

/* How many items a part has, once the parts are linked. */
static guint
count_items (DetectContext *ctx)
{
  return ctx->figures_to - ctx->figures_from + ctx->sources->len + ctx->claims->len;
}

/* The items of a part in text order, each with its id (its place, from
 * 1, after the @n_before of the parts before): the three kinds merged, as
 * a stable sort of figures, sources and claims would order them.
 */
static GArray *
order_items (DetectContext *ctx,
             guint          n_before)
{
  GArray *kinds[] = {
    order_kind (ctx, ctx->figures, ctx->figures_from, ctx->figures_to),
    order_kind (ctx, ctx->sources, 0, ctx->sources->len),
    order_kind (ctx, ctx->claims, 0, ctx->claims->len)
  };
  guint at[G_N_ELEMENTS (kinds)] = { 0 };
  guint n = kinds[0]->len + kinds[1]->len + kinds[2]->len;
  GArray *ordered = g_array_sized_new (FALSE, FALSE, sizeof (Ordered), n);

  for (guint i = 0; i < n; i++)
    {
      const Ordered *next = NULL;
      guint from = 0;

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          const Ordered *o;

          if (at[k] == kinds[k]->len)
            continue;  /* (an empty array's data is NULL) */
          o = &g_array_index (kinds[k], Ordered, at[k]);
          if (next == NULL || ordered_before (o, next))
            {
              next = o;
              from = k;
            }
        }
      at[from]++;
      next->item->id = n_before + i + 1;
      g_array_index (ordered, Ordered, i) = *next;
    }
  ordered->len = n;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    g_array_unref (kinds[k]);
  return ordered;
}

static guint
linked_id (GArray *items,
           gint    index)
{
  return index >= 0 ? g_array_index (items, DetectItem, index).id : 0;
}

/* The view of an ordered item: its strings borrowed from the context. */
static void
make_view (DetectContext         *ctx,
           const Ordered         *o,
           DiptychSuggestionView *view)
{
  const DetectItem *item = o->item;

  memset (view, 0, sizeof *view);
  view->id = item->id;
  view->kind = item->kind;
  view->start = diptych_text_byte_to_char (ctx->text, o->byte_start);
  view->end = diptych_text_byte_to_char (ctx->text, o->byte_end);
  view->text = ctx->contents + o->byte_start;
  view->text_len = o->byte_end - o->byte_start;

  switch (item->kind)
    {
    case DIPTYCH_ANNOTATION_CASUALTY:
      view->casualty = item->casualty;
      view->casualty.subset_of = NULL;
      view->casualty.source = NULL;
      view->subset_of = linked_id (ctx->figures, item->parent);
      view->source = linked_id (ctx->sources, item->source);
      break;
    case DIPTYCH_ANNOTATION_SOURCE:
      /* A source is named by its words */
      view->name = view->text;
      view->name_len = view->text_len;
      view->source_type = item->source_type;
      break;
    case DIPTYCH_ANNOTATION_CLAIM:
      view->source = linked_id (ctx->sources, item->source);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* "s17": g_strdup_printf() cost as much as the rest of a suggestion. */
static char *
make_id (guint n)
{
  char digits[16];
  char *p = digits + sizeof digits;
  char *id;

  if (n == 0)
    return NULL;

  *--p = '\0';
  do
    {
      *--p = '0' + n % 10;
      n /= 10;
    }
  while (n > 0);
  id = g_malloc (digits + sizeof digits - p + 1);
  id[0] = 's';
  memcpy (id + 1, p, digits + sizeof digits - p);
  return id;
}

static DiptychSuggestion *
suggestion_new (const DiptychSuggestionView *view)
{
  DiptychSuggestion *s = g_new0 (DiptychSuggestion, 1);

  s->id = make_id (view->id);
  s->kind = view->kind;
  s->start = view->start;
  s->end = view->end;
  s->text = g_strndup (view->text, view->text_len);

  switch (view->kind)
    {
    case DIPTYCH_ANNOTATION_CASUALTY:
      s->casualty = view->casualty;
      s->casualty.raw = g_strdup (view->casualty.raw);
      s->casualty.subset_of = make_id (view->subset_of);
      s->casualty.source = make_id (view->source);
      break;
    case DIPTYCH_ANNOTATION_SOURCE:
      s->source.name = g_strndup (view->name, view->name_len);
      s->source.type = view->source_type;
      break;
    case DIPTYCH_ANNOTATION_CLAIM:
      s->claim.verdict = DIPTYCH_VERDICT_UNVERIFIED;
      s->claim.speaker = make_id (view->source);
      break;
    default:
      g_assert_not_reached ();
    }
  return s;
}

/* An article is read in parts at once, each of at least this much. */
#define PART_MIN_BYTES (128 * 1024)
#define MAX_PARTS 8

/* For tests: parts of other sizes and numbers than the machine's; 0 for
 * the default.
 */
static gsize part_min_bytes = PART_MIN_BYTES;
static guint max_parts;

void
_diptych_detect_set_parts (guint n_parts,
                           gsize min_bytes)
{
  max_parts = MIN (n_parts, MAX_PARTS);
  part_min_bytes = min_bytes > 0 ? min_bytes : PART_MIN_BYTES;
}

/* Whether the byte before @end closes a sentence, or a line that is
 * not one: "killed.", "said:", "…”", "(AP)"
 */
static gboolean
line_closed (const char *start,
             const char *end)
{
  static const char closing[] = ".!?:;\"')]";

  if (end - start >= 3 && (guchar)end[-3] == 0xE2 && (guchar)end[-2] == 0x80)
    return (guchar)end[-1] == 0x9D || (guchar)end[-1] == 0x99 || (guchar)end[-1] == 0xA6;
  return memchr (closing, end[-1], sizeof closing - 1) != NULL;
}

static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\r';
}

/**
 * _diptych_detect_lines_wrapped:
 *
 * Whether the article's lines are wrapped at a width, as in mail, wire
 * copy and text taken from PDF files, rather than one paragraph a line:
 * then a line break is no end of a sentence, and a blank line is. Told by
 * the lines that run on into the next: most of them stop inside a
 * sentence, where in one paragraph a line only a heading or a byline
 * does.
 */
gboolean
_diptych_detect_lines_wrapped (const char *contents,
                               gsize       n_bytes)
{
  const char *end = contents + n_bytes;
  const char *line = contents;
  guint n_run_on = 0, n_open = 0;

  for (const char *lf = memchr (line, '\n', n_bytes); lf != NULL; lf = memchr (line, '\n', end - line))
    {
      const char *last = lf, *next = lf + 1;

      while (last > line && is_blank (last[-1]))
        last--;
      while (next < end && is_blank (*next))
        next++;
      if (last > line && next < end && *next != '\n')
        {
          n_run_on++;
          n_open += !line_closed (line, last);
        }
      line = lf + 1;
    }
  return n_open >= 3 && n_open * 2 >= n_run_on;
}

/* A line break at or after @at where a sentence always starts: any, or
 * in wrapped lines the first of a blank line's.
 */
static const char *
find_break (const char *contents,
            gsize       n_bytes,
            gsize       at,
            gboolean    wrapped)
{
  const char *end = contents + n_bytes;

  for (const char *lf = memchr (contents + at, '\n', n_bytes - at); lf != NULL;
       lf = memchr (lf + 1, '\n', end - lf - 1))
    {
      const char *next = lf + 1;

      if (!wrapped)
        return lf;
      while (next < end && is_blank (*next))
        next++;
      if (next < end && *next == '\n')
        return lf;
    }
  return NULL;
}

/* The ends of the parts of the article to read at once, one for each
 * processor: each but the last ends at a line break where a sentence
 * always starts, so that the parts' sentences, tokens, sources and claims
 * are the article's. Returns how many parts; @ends has room for MAX_PARTS.
 */
static guint
cut_parts (const char *contents,
           gsize       n_bytes,
           gboolean    wrapped,
           gsize      *ends)
{
  gsize want = n_bytes / part_min_bytes;
  guint n = 0;
  gsize start = 0;

  /* Only a long article asks how many processors there are, and once:
   * MIN() would ask twice.
   */
  if (want > 1)
    {
      guint n_processors = max_parts > 0 ? max_parts : diptych_parallel_get_n_processors ();

      want = MIN (want, n_processors);
    }
  want = MIN (want, MAX_PARTS);

  for (guint p = 1; p < want; p++)
    {
      gsize at = MAX (p * (n_bytes / want), start + 1);
      const char *line = at < n_bytes ? find_break (contents, n_bytes, at, wrapped) : NULL;

      if (line == NULL)
        break;
      start = ends[n++] = line - contents;
    }
  ends[n++] = n_bytes;
  return n;
}

struct _DiptychDetection
{
  DiptychText   *text;
  GArray        *figures;  /* the parts' */
  DetectContext  parts[MAX_PARTS];
  GArray        *ahead[MAX_PARTS];    /* DetectItem, each later part's figures */
  guint          n_parts;
  GArray        *ordered[MAX_PARTS];  /* Ordered, each part's items */
  guint          n_before[MAX_PARTS]; /* the items of the parts before each */
  guint          n_items;
};

static void
context_init (DetectContext *ctx,
              DiptychText   *text,
              gsize          byte_start,
              gsize          byte_end,
              GArray        *figures)
{
  /* News copy has a source and a claim every few hundred bytes: room for
   * that, and pages not used are never touched.
   */
  guint room = (byte_end - byte_start) / 128 + 16;

  memset (ctx, 0, sizeof *ctx);
  ctx->text = text;
  ctx->contents = diptych_text_get_contents (text, &ctx->n_bytes);
  ctx->byte_start = byte_start;
  ctx->byte_end = byte_end;
  ctx->key_pool = g_string_sized_new (65536);
  ctx->keys = g_array_new (FALSE, TRUE, sizeof (DetectKey));
  ctx->tokens = g_array_new (FALSE, FALSE, sizeof (DetectToken));
  ctx->breaks = g_array_new (FALSE, TRUE, sizeof (guint32));
  ctx->sentences = g_array_new (FALSE, FALSE, sizeof (DetectSentence));
  ctx->sources = g_array_sized_new (FALSE, FALSE, sizeof (DetectItem), room);
  ctx->claims = g_array_sized_new (FALSE, FALSE, sizeof (DetectItem), room);
  ctx->figures = figures;
  ctx->strings = g_string_chunk_new (16 * 1024);  /* its figures' raw words */
}

static void
context_clear (DetectContext *ctx)
{
  for (guint k = 0; k < ctx->keys->len; k++)
    if (g_array_index (ctx->keys, DetectKey, k).owned)
      g_free (g_array_index (ctx->keys, DetectKey, k).lower);
  g_array_unref (ctx->keys);
  g_string_free (ctx->key_pool, TRUE);
  g_array_unref (ctx->tokens);
  g_array_unref (ctx->breaks);
  g_array_unref (ctx->sentences);
  g_array_unref (ctx->sources);
  g_array_unref (ctx->claims);
  g_string_chunk_free (ctx->strings);
}

/* What a part's tokens say by themselves: its sentences, sources and
 * claims; and its figures, which may break down a figure of the parts
 * before: those of a later part are found ahead, and checked once the
 * parts before are known.
 */
static void
read_part (guint    part,
           gpointer user_data)
{
  DiptychDetection *self = user_data;
  DetectContext *ctx = &self->parts[part];

  /* The word lists are read on first use: by the second part before it
   * lexes, while the first, which has its figures to find as well, lexes.
   */
  if (part > 0)
    _diptych_detect_lexicon_get ();
  _diptych_detect_lex (ctx);
  ctx->lexicon = _diptych_detect_lexicon_get ();
  ctx->token_data = (const DetectToken *)(void *)ctx->tokens->data;
  ctx->key_data = (const DetectKey *)(void *)ctx->keys->data;
  ctx->n_tokens = ctx->tokens->len;
  index_keys (ctx);
  index_compounds (ctx);
  index_triggers (ctx);
  split_sentences (ctx);
  _diptych_detect_sources (ctx);
  if (part == 0)
    {
      _diptych_detect_casualties (ctx);
      ctx->figures_to = ctx->figures->len;
    }
  else
    {
      GArray *figures = ctx->figures;

      ctx->figures = self->ahead[part];
      ctx->ahead = TRUE;
      _diptych_detect_casualties (ctx);
      ctx->ahead = FALSE;
      ctx->figures = figures;
    }
}

/* A part's items in text order: the parts at once, as they are read. */
static void
order_part (guint    part,
            gpointer user_data)
{
  DiptychDetection *self = user_data;

  self->ordered[part] = order_items (&self->parts[part], self->n_before[part]);
}

#define IS_CANCELLED() (cancelled != NULL && cancelled (user_data))

/**
 * diptych_detection_new:
 * @text: an article
 * @cancelled: (nullable): asked between the steps whether to stop
 * @user_data: for @cancelled
 *
 * Finds casualty figures, the sources cited and the claims attributed to
 * them, by rules over the article's words and the word lists of
 * src/core/detect/. Figures link to the figure they break down and to
 * their source, claims to their speaker. A long article is read in parts
 * at once, one per processor.
 *
 * Returns: (transfer full) (nullable): the suggestions, or %NULL when
 *   cancelled
 */
DiptychDetection *
diptych_detection_new (DiptychText                *text,
                       DiptychDetectCancelledFunc  cancelled,
                       gpointer                    user_data)
{
  g_autoptr(DiptychDetection) self = NULL;
  gsize ends[MAX_PARTS];
  const char *contents;
  gsize n_bytes, start = 0;
  gboolean wrapped;

  g_return_val_if_fail (DIPTYCH_IS_TEXT (text), NULL);

  self = g_new0 (DiptychDetection, 1);
  self->text = g_object_ref (text);
  contents = diptych_text_get_contents (text, &n_bytes);
  /* A figure every few hundred bytes */
  self->figures = g_array_sized_new (FALSE, FALSE, sizeof (DetectItem), n_bytes / 128 + 16);

  wrapped = _diptych_detect_lines_wrapped (contents, n_bytes);
  self->n_parts = cut_parts (contents, n_bytes, wrapped, ends);
  for (guint p = 0; p < self->n_parts; p++)
    {
      context_init (&self->parts[p], text, start, ends[p], self->figures);
      self->parts[p].part = p;
      self->parts[p].wrapped = wrapped;
      if (p > 0)
        self->ahead[p] = g_array_sized_new (FALSE, FALSE, sizeof (DetectItem), (ends[p] - start) / 128 + 16);
      start = ends[p];
    }

  if (IS_CANCELLED ())
    return NULL;
  diptych_parallel_run (self->n_parts, read_part, self);

  /* The other parts' figures in order, each part numbering its
   * sentences and tokens after those of the parts before.
   */
  for (guint p = 1; p < self->n_parts; p++)
    {
      DetectContext *ctx = &self->parts[p];

      if (IS_CANCELLED ())
        return NULL;
      ctx->before = &self->parts[p - 1];
      ctx->sentence_base = ctx->before->sentence_base + ctx->before->sentences->len;
      ctx->token_base = ctx->before->token_base + ctx->before->n_tokens;
      _diptych_detect_settle_sources (ctx);
      ctx->figures_from = self->figures->len;
      _diptych_detect_casualties_after (ctx, self->ahead[p]);
      ctx->figures_to = self->figures->len;
    }
  _diptych_detect_resolve_groups (self->figures);

  for (guint p = 0; p < self->n_parts; p++)
    {
      self->n_before[p] = self->n_items;
      self->n_items += count_items (&self->parts[p]);
    }
  diptych_parallel_run (self->n_parts, order_part, self);

  return g_steal_pointer (&self);
}

void
diptych_detection_free (DiptychDetection *self)
{
  if (self == NULL)
    return;

  for (guint p = 0; p < self->n_parts; p++)
    {
      context_clear (&self->parts[p]);
      g_clear_pointer (&self->ahead[p], g_array_unref);
      g_clear_pointer (&self->ordered[p], g_array_unref);
    }
  g_clear_pointer (&self->figures, g_array_unref);
  g_clear_object (&self->text);
  g_free (self);
}

guint
diptych_detection_get_n_suggestions (DiptychDetection *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_items;
}

/**
 * diptych_detection_get_view:
 * @index: below diptych_detection_get_n_suggestions(), in text order
 * @view: (out): the suggestion, its strings @self's
 *
 * Safe from several threads at once.
 */
void
diptych_detection_get_view (DiptychDetection      *self,
                            guint                  index,
                            DiptychSuggestionView *view)
{
  guint p = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->n_items);

  while (index >= self->ordered[p]->len)
    index -= self->ordered[p++]->len;
  make_view (&self->parts[p], &g_array_index (self->ordered[p], Ordered, index), view);
}

/**
 * diptych_detect_suggestions_full:
 * @text: an article
 * @cancelled: (nullable): asked between the steps whether to stop; then
 *   the result is empty
 * @user_data: for @cancelled
 *
 * diptych_detection_new(), with a copy of each suggestion.
 *
 * Returns: (transfer container) (element-type DiptychSuggestion): the
 *   suggestions in text order
 */
GPtrArray *
diptych_detect_suggestions_full (DiptychText                *text,
                                 DiptychDetectCancelledFunc  cancelled,
                                 gpointer                    user_data)
{
  GPtrArray *suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify)diptych_suggestion_free);
  g_autoptr(DiptychDetection) detection = NULL;

  g_return_val_if_fail (DIPTYCH_IS_TEXT (text), suggestions);

  detection = diptych_detection_new (text, cancelled, user_data);
  for (guint i = 0; detection != NULL && i < detection->n_items; i++)
    {
      DiptychSuggestionView view;

      diptych_detection_get_view (detection, i, &view);
      g_ptr_array_add (suggestions, suggestion_new (&view));
    }
  return suggestions;
}
