/* diptych-tokenizer.c: words, numbers and punctuation with folded keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-tokenizer"

#include "config.h"

#include <string.h>

#include "diptych-ascii-classes.h"
#include "diptych-tokenizer.h"
#include "diptych-hash.h"

#define DASH_KEY     "\xE2\x80\x94"  /* — */
#define ELLIPSIS_KEY "\xE2\x80\xA6"  /* … */

/* An open-addressing table of folded keys. Keys live in one string pool, so
 * interning a token that is already known allocates nothing.
 */
typedef struct
{
  guint32 hash;
  guint32 id;  /* G_MAXUINT32 when empty */
} KeySlot;

typedef struct
{
  guint32 offset;  /* in the pool */
  guint32 length;
  guint32 kind;    /* DiptychTokenKind: the same for all tokens of a key */
} KeyEntry;

struct _DiptychKeyTable
{
  GString *pool;     /* keys, each NUL-terminated */
  GArray  *entries;  /* KeyEntry, by id */
  KeySlot *slots;
  guint    n_slots;  /* a power of two */
};

DiptychKeyTable *
diptych_key_table_new (void)
{
  DiptychKeyTable *table = g_new0 (DiptychKeyTable, 1);

  table->pool = g_string_sized_new (4096);
  table->entries = g_array_new (FALSE, FALSE, sizeof (KeyEntry));
  table->n_slots = 1024;
  table->slots = g_new (KeySlot, table->n_slots);
  memset (table->slots, 0xFF, sizeof (KeySlot) * table->n_slots);

  return table;
}

void
diptych_key_table_free (DiptychKeyTable *table)
{
  if (table == NULL)
    return;

  g_string_free (table->pool, TRUE);
  g_array_unref (table->entries);
  g_free (table->slots);
  g_free (table);
}

guint
diptych_key_table_get_n_keys (DiptychKeyTable *table)
{
  return table->entries->len;
}

const char *
diptych_key_table_lookup (DiptychKeyTable *table,
                          guint32          key)
{
  g_return_val_if_fail (key < table->entries->len, NULL);

  return table->pool->str + g_array_index (table->entries, KeyEntry, key).offset;
}

DiptychTokenKind
diptych_key_table_get_kind (DiptychKeyTable *table,
                            guint32          key)
{
  g_return_val_if_fail (key < table->entries->len, DIPTYCH_TOKEN_WORD);

  return g_array_index (table->entries, KeyEntry, key).kind;
}

static void
key_table_grow (DiptychKeyTable *table)
{
  guint n_slots = table->n_slots * 2;
  KeySlot *slots = g_new (KeySlot, n_slots);

  memset (slots, 0xFF, sizeof (KeySlot) * n_slots);
  for (guint i = 0; i < table->n_slots; i++)
    {
      KeySlot slot = table->slots[i];
      guint j;

      if (slot.id == G_MAXUINT32)
        continue;
      for (j = slot.hash & (n_slots - 1); slots[j].id != G_MAXUINT32; j = (j + 1) & (n_slots - 1))
        ;
      slots[j] = slot;
    }

  g_free (table->slots);
  table->slots = slots;
  table->n_slots = n_slots;
}

/* Interns the @len bytes at @key, which may be read up to @limit. */
static inline guint32
key_table_intern (DiptychKeyTable  *table,
                  const char       *key,
                  gsize             len,
                  const char       *limit,
                  DiptychTokenKind  kind)
{
  guint32 hash = diptych_hash_bytes ((const guchar *)key, len, (const guchar *)limit);
  KeyEntry entry;
  guint32 id;
  guint i;

  for (i = hash & (table->n_slots - 1);
       table->slots[i].id != G_MAXUINT32;
       i = (i + 1) & (table->n_slots - 1))
    {
      KeySlot slot = table->slots[i];
      const KeyEntry *known;

      if (slot.hash != hash)
        continue;
      known = &g_array_index (table->entries, KeyEntry, slot.id);
      if (known->length == len && memcmp (table->pool->str + known->offset, key, len) == 0)
        return slot.id;
    }

  id = table->entries->len;
  entry.offset = table->pool->len;
  entry.length = len;
  entry.kind = kind;
  g_string_append_len (table->pool, key, len);
  g_string_append_c (table->pool, '\0');
  g_array_append_val (table->entries, entry);
  table->slots[i].hash = hash;
  table->slots[i].id = id;

  if ((id + 1) * 2 > table->n_slots)
    key_table_grow (table);

  return id;
}

guint32
diptych_key_table_intern (DiptychKeyTable  *table,
                          const char       *key,
                          gsize             len,
                          DiptychTokenKind  kind)
{
  return key_table_intern (table, key, len, key + len, kind);
}

gboolean
diptych_is_space (gunichar c)
{
  switch (c)
    {
    case 0x200B:  /* zero width space */
    case 0x2060:  /* word joiner */
    case 0xFEFF:  /* zero width no-break space */
      return TRUE;
    default:
      return g_unichar_isspace (c);
    }
}

#define W DIPTYCH_ASCII_WORD
#define D (DIPTYCH_ASCII_WORD | DIPTYCH_ASCII_DIGIT)
#define S DIPTYCH_ASCII_SPACE
const guint8 diptych_ascii_classes[256] = {
  0, 0, 0, 0, 0, 0, 0, 0, 0, S, S, S, S, S, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  S, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  D, D, D, D, D, D, D, D, D, D, 0, 0, 0, 0, 0, 0,
  0, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
  W, W, W, W, W, W, W, W, W, W, W, 0, 0, 0, 0, 0,
  0, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
  W, W, W, W, W, W, W, W, W, W, W, 0, 0, 0, 0, 0,
};
#undef W
#undef D
#undef S

static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return (diptych_ascii_classes[c] & DIPTYCH_ASCII_WORD) != 0;
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Scripts written without spaces between words: each character is a
 * token of its own, so that a changed figure in a Chinese clause is that
 * figure, not the clause.
 */
static inline gboolean
is_ideographic (gunichar c)
{
  if (c < 0x2E80)
    return FALSE;
  switch (g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
      return TRUE;
    default:
      return c == 0x30FC;  /* the katakana prolonged sound mark is Common */
    }
}

static inline gboolean
is_digit (gunichar c)
{
  if (c < 0x80)
    return (diptych_ascii_classes[c] & DIPTYCH_ASCII_DIGIT) != 0;
  return g_unichar_isdigit (c);
}

static inline gboolean
is_space_fast (gunichar c)
{
  if (c < 0x80)
    return (diptych_ascii_classes[c] & DIPTYCH_ASCII_SPACE) != 0;
  return diptych_is_space (c);
}

/* g_utf8_get_char without the call for ASCII, the common case. */
static inline gunichar
get_char (const char  *p,
          const char **next)
{
  if ((guchar)*p < 0x80)
    {
      *next = p + 1;
      return (guchar)*p;
    }
  *next = g_utf8_next_char (p);
  return g_utf8_get_char (p);
}

static inline gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032;
}

static inline gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

static inline gboolean
is_dash (gunichar c)
{
  return c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015 ||
         c == 0x2212 || c == 0x2E3A || c == 0x2E3B || c == 0xFE58 || c == 0xFE63;
}

/* The typographic family a character folds to, or 0 to keep it. */
static inline gunichar
fold_char (gunichar c)
{
  switch (c)
    {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x2032: case 0x02BC: case 0x0060: case 0x00B4: case 0xFF07:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x00AB: case 0x00BB: case 0x2033: case 0x301D: case 0x301E: case 0xFF02:
      return '"';
    case 0x2010: case 0x2011:
      return '-';
    default:
      return 0;
    }
}

/**
 * diptych_fold_key:
 *
 * Returns: (transfer full): the comparison key of a token: quotes,
 *   apostrophes, hyphens, dashes and ellipses folded to one form each
 */
char *
diptych_fold_key (const char *text,
                  gsize       n_bytes)
{
  GString *key = g_string_sized_new (n_bytes);
  const char *end = text + n_bytes;
  gboolean all_dashes = n_bytes > 0;
  gboolean all_dots = n_bytes > 0;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!(c == '-' || is_dash (c)))
        all_dashes = FALSE;
      if (c != '.' && c != 0x2026)
        all_dots = FALSE;
    }

  if (all_dashes)
    {
      g_string_append (key, DASH_KEY);
    }
  else if (all_dots && (n_bytes >= 3 || g_str_has_prefix (text, ELLIPSIS_KEY)))
    {
      g_string_append (key, ELLIPSIS_KEY);
    }
  else
    {
      for (const char *p = text; p < end; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          gunichar folded = fold_char (c);

          if (folded != 0)
            g_string_append_c (key, (char)folded);
          else
            g_string_append_len (key, p, g_utf8_next_char (p) - p);
        }
    }

  return g_string_free (key, FALSE);
}

/**
 * diptych_fold_space:
 * @fold_line_ends: also turn CRLF and CR into LF
 *
 * Returns: (transfer full): whitespace with every kind of space folded to
 *   a plain space
 */
char *
diptych_fold_space (const char *text,
                    gsize       n_bytes,
                    gboolean    fold_line_ends)
{
  GString *folded = g_string_sized_new (n_bytes);
  const char *end = text + n_bytes;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r' && fold_line_ends)
        {
          if (p + 1 < end && p[1] == '\n')
            p++;
          g_string_append_c (folded, '\n');
        }
      else if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == '\f' || c == '\v')
        g_string_append_unichar (folded, c == 0x2028 || c == 0x2029 ? '\n' : c);
      else if (diptych_is_space (c))
        g_string_append_c (folded, ' ');
      else
        g_string_append_unichar (folded, c);
    }

  return g_string_free (folded, FALSE);
}

/* The key of the token at @text, which may be read up to @limit. */
static guint32
intern_token (DiptychKeyTable *keys,
              const char      *text,
              gsize            n_bytes,
              DiptychTokenKind kind,
              gboolean         ascii,
              const char      *limit)
{
  char *folded;
  guint32 key;

  /* Plain ASCII words, and ASCII punctuation that has no other form, are
   * their own key: this is the common case.
   */
  if (ascii && (kind != DIPTYCH_TOKEN_PUNCTUATION ||
                (n_bytes == 1 && text[0] != '-' && text[0] != '`')))
    return key_table_intern (keys, text, n_bytes, limit, kind);

  folded = diptych_fold_key (text, n_bytes);
  key = diptych_key_table_intern (keys, folded, strlen (folded), kind);
  g_free (folded);
  return key;
}

/**
 * diptych_tokenize_range:
 * @tokens: (element-type DiptychToken): where to append the tokens
 * @text: valid UTF-8
 * @start: where to start, in bytes: the text's start or a place where a
 *   token cannot go on from before (after whitespace)
 * @end: where to stop, likewise
 * @keys: the table that interns the tokens' keys
 *
 * Appends the tokens of @text between @start and @end, with byte offsets
 * from @text, as diptych_tokenize() does for a whole text.
 */
void
diptych_tokenize_range (GArray          *tokens,
                        const char      *text,
                        gsize            start,
                        gsize            end_byte,
                        DiptychKeyTable *keys)
{
  guint n_tokens = tokens->len;
  const char *end = text + end_byte;
  const char *p = text + start;

  g_return_if_fail (text != NULL);
  g_return_if_fail (keys != NULL);
  g_return_if_fail (start <= end_byte);

  /* Prose has a token every five bytes or so; "a, b." one every two. Room
   * for that, and the pages not used are never touched.
   */
  g_array_set_size (tokens, n_tokens + (end_byte - start) / 2 + 16);

  while (p < end)
    {
      const char *q;
      gunichar c = get_char (p, &q);
      gboolean ascii = c < 0x80;
      DiptychToken token;
      DiptychTokenKind kind;

      if (is_space_fast (c))
        {
          p = q;
          continue;
        }

      if (G_UNLIKELY (!ascii) && is_ideographic (c))
        {
          kind = DIPTYCH_TOKEN_WORD;
        }
      else if (is_word_char (c))
        {
          /* The classes all characters so far have: DIPTYCH_ASCII_DIGIT goes
           * when one is not a digit.
           */
          guint8 all = is_digit (c) ? DIPTYCH_ASCII_WORD | DIPTYCH_ASCII_DIGIT : DIPTYCH_ASCII_WORD;
          gunichar prev = c;

          for (;;)
            {
              const char *run = q, *q2, *q3;
              gunichar c2, c3;
              guint8 cls;

              /* Plain ASCII letters and digits: the hot path. */
              while (q < end && ((cls = diptych_ascii_classes[(guchar)*q]) & DIPTYCH_ASCII_WORD) != 0)
                {
                  all &= cls;
                  q++;
                }
              if (q > run)
                prev = (guchar)q[-1];
              if (q == end)
                break;

              c2 = get_char (q, &q2);
              if (c2 >= 0x80 && is_ideographic (c2))
                break;
              if (is_word_char (c2))
                {
                  if (!is_digit (c2))
                    all &= ~DIPTYCH_ASCII_DIGIT;
                }
              else if (c2 == ',' || c2 == '.' || is_apostrophe (c2) || is_hyphen (c2))
                {
                  /* Inside a word only when a letter or digit follows. */
                  c3 = q2 < end ? get_char (q2, &q3) : 0;
                  if ((c2 == ',' || c2 == '.') && (all & DIPTYCH_ASCII_DIGIT) && is_digit (prev) && is_digit (c3))
                    ;  /* 1,200 and 3.5 */
                  else if ((is_apostrophe (c2) || is_hyphen (c2)) && is_word_char (c3))
                    all &= ~DIPTYCH_ASCII_DIGIT;
                  else
                    break;
                }
              else
                break;

              if (c2 >= 0x80)
                ascii = FALSE;
              prev = c2;
              q = q2;
            }

          kind = (all & DIPTYCH_ASCII_DIGIT) ? DIPTYCH_TOKEN_NUMBER : DIPTYCH_TOKEN_WORD;
        }
      else
        {
          /* Runs of dashes (--) and of dots (...) are one token. */
          if (c == '-' || is_dash (c) || c == '.')
            {
              gboolean dots = c == '.';
              const char *r = q;
              guint run_length = 1;

              while (r < end)
                {
                  const char *r2;
                  gunichar c2 = get_char (r, &r2);

                  if (dots ? c2 != '.' : !(c2 == '-' || is_dash (c2)))
                    break;
                  r = r2;
                  run_length++;
                }

              if (!dots || run_length >= 3)
                q = r;
            }

          kind = DIPTYCH_TOKEN_PUNCTUATION;
        }

      token.byte_start = p - text;
      token.byte_end = q - text;
      token.key = intern_token (keys, p, q - p, kind, ascii, end);
      if (G_UNLIKELY (n_tokens >= tokens->len))
        g_array_set_size (tokens, n_tokens + (end - q) + 16);  /* at most one per byte left */
      g_array_index (tokens, DiptychToken, n_tokens++) = token;

      p = q;
    }

  g_array_set_size (tokens, n_tokens);
}

/**
 * diptych_tokenize:
 * @text: valid UTF-8
 * @keys: the table that interns the tokens' keys (share it between the two
 *   texts of a diff so that equal keys get equal ids)
 *
 * Splits @text into words (letters and digits, with inner apostrophes and
 * hyphens), numbers (`1,200`, `3.5`) and punctuation (one character, or a
 * run of dashes or of three or more dots). Whitespace separates tokens.
 * Han, Hiragana and Katakana characters, written without spaces, are a
 * word each, and end the word or number before them.
 *
 * Returns: (transfer full) (element-type DiptychToken): the tokens
 */
GArray *
diptych_tokenize (const char      *text,
                  gsize            n_bytes,
                  DiptychKeyTable *keys)
{
  GArray *tokens = g_array_sized_new (FALSE, FALSE, sizeof (DiptychToken), n_bytes / 2 + 16);

  diptych_tokenize_range (tokens, text, 0, n_bytes, keys);
  return tokens;
}
