/* diptych-detect-lexer.c: the article's tokens and keys for the detectors
 *
 * The tokens are diptych_tokenize()'s, with the same folded keys; only
 * the work differs. The detectors read every token of an article, where a
 * diff tokenizes only what changed, so the ASCII that news copy is mostly
 * made of is read here in one pass, each token interned by its first
 * eight bytes, and so are the typographic quotes, apostrophes, dashes and
 * ellipses of news copy. A stretch between ASCII spaces with any other
 * character in it goes to diptych_tokenize_range(), which knows Unicode's
 * letters, spaces, quotes and dashes: no token reaches across an ASCII
 * space, so the two agree on every token.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-detect"

#include "config.h"

#include <string.h>

#include "diptych-ascii-classes.h"
#include "diptych-detect-private.h"
#include "diptych-hash.h"

#define DASH_KEY     "\xE2\x80\x94"  /* the tokenizer's key of every dash */
#define ELLIPSIS_KEY "\xE2\x80\xA6"


typedef struct
{
  guint32 offset;  /* in the pool */
  guint32 kind;    /* DiptychTokenKind */
} LexKey;

/* A slot of the table of keys: a key is told by its head and length,
 * and, past eight bytes, the rest of it in the pool.
 */
typedef struct
{
  guint64 head;    /* the first eight bytes, zero after the key */
  guint32 id;      /* + 1, or 0 when the slot is empty */
  guint32 length;
} LexSlot;

typedef struct
{
  DetectContext *ctx;
  GString *pool;      /* the keys, each NUL-terminated */
  GArray  *keys;      /* LexKey, by id */
  LexSlot *slots;
  guint    mask;      /* slots - 1, slots a power of two */

  GArray      *tokens;      /* DetectToken */
  DetectToken *token_data;  /* its data */
  guint        capacity;    /* its length */
  guint        n_tokens;    /* used of it */
  GArray  *breaks;    /* as the context's */

  /* The tokenizer, for the stretches that are not ASCII, and its key
   * ids as ours.
   */
  DiptychKeyTable *unicode_keys;
  GArray          *unicode_tokens;
  GArray          *unicode_ids;
} Lexer;

/* The first eight bytes of the @length at @p, zero-padded; memory up to
 * @limit may be read.
 */
static inline guint64
key_head (const char *p,
          gsize       length,
          const char *limit)
{
  guint64 head = 0;

#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  if (G_LIKELY (limit - p >= 8))
    {
      memcpy (&head, p, 8);
      return length >= 8 ? head : head & (G_MAXUINT64 >> (64 - 8 * length));
    }
#endif
  memcpy (&head, p, MIN (length, 8));
  return head;
}

/* Most keys are their head: a multiplication mixes it enough. */
static inline guint
key_slot (const LexSlot *slot,
          const char    *key,
          const char    *limit)
{
  if (slot->length <= 8)
    return (slot->head * DIPTYCH_HASH_K1) >> 32;
  return diptych_hash_bytes ((const guchar *)key, slot->length, (const guchar *)limit) >> 32;
}

static void
grow_slots (Lexer *lx)
{
  guint n_slots = (lx->mask + 1) * 2;
  LexSlot *slots = g_new0 (LexSlot, n_slots);

  for (guint i = 0; i <= lx->mask; i++)
    {
      const LexSlot *slot = &lx->slots[i];
      const char *key;
      guint j;

      if (slot->id == 0)
        continue;
      key = lx->pool->str + g_array_index (lx->keys, LexKey, slot->id - 1).offset;
      for (j = key_slot (slot, key, key + slot->length) & (n_slots - 1); slots[j].id != 0;
           j = (j + 1) & (n_slots - 1))
        ;
      slots[j] = *slot;
    }
  g_free (lx->slots);
  lx->slots = slots;
  lx->mask = n_slots - 1;
}

/* The id of the key of @length bytes at @p (memory up to @limit may be
 * read), added when new.
 */
static inline guint32
intern (Lexer            *lx,
        const char       *p,
        gsize             length,
        const char       *limit,
        DiptychTokenKind  kind)
{
  LexSlot want = { key_head (p, length, limit), 0, length };
  LexKey key;
  guint i;

  for (i = key_slot (&want, p, limit) & lx->mask; lx->slots[i].id != 0; i = (i + 1) & lx->mask)
    {
      const LexSlot *slot = &lx->slots[i];

      if (slot->head == want.head && slot->length == length &&
          (length <= 8 ||
           memcmp (lx->pool->str + g_array_index (lx->keys, LexKey, slot->id - 1).offset + 8,
                   p + 8, length - 8) == 0))
        return slot->id - 1;
    }

  key.offset = lx->pool->len;
  key.kind = kind;
  g_string_append_len (lx->pool, p, length);
  g_string_append_c (lx->pool, '\0');
  g_array_append_val (lx->keys, key);
  want.id = lx->keys->len;
  lx->slots[i] = want;
  if (lx->keys->len * 2 > lx->mask)
    grow_slots (lx);
  return lx->keys->len - 1;
}

static inline guint32
intern_literal (Lexer      *lx,
                const char *key)
{
  gsize length = strlen (key);

  return intern (lx, key, length, key + length, DIPTYCH_TOKEN_PUNCTUATION);
}

/* Marks a line break before token @i, or clears the mark. */
static void
set_line_before (Lexer    *lx,
                 guint     i,
                 gboolean  line_before)
{
  if (i / 32 >= lx->breaks->len)
    {
      if (!line_before)
        return;
      g_array_set_size (lx->breaks, i / 32 + 1);
    }
  if (line_before)
    g_array_index (lx->breaks, guint32, i / 32) |= 1u << (i % 32);
  else
    g_array_index (lx->breaks, guint32, i / 32) &= ~(1u << (i % 32));
}

static inline void
add_token (Lexer    *lx,
           guint32   byte_start,
           guint32   byte_end,
           guint32   key,
           gboolean  line_before)
{
  DetectToken token = { byte_start, byte_end, key };

  if (G_UNLIKELY (line_before))
    set_line_before (lx, lx->n_tokens, TRUE);
  if (G_UNLIKELY (lx->n_tokens >= lx->capacity))
    {
      g_array_set_size (lx->tokens, lx->capacity * 2 + 16);
      lx->token_data = (DetectToken *)(void *)lx->tokens->data;
      lx->capacity = lx->tokens->len;
    }
  lx->token_data[lx->n_tokens++] = token;
}

/* Tokens of the stretch from @start to the next ASCII space, by the
 * tokenizer. Returns where the stretch ends.
 */
static const char *
lex_unicode (Lexer      *lx,
             const char *text,
             const char *start,
             const char *from,
             gboolean    line_before)
{
  const char *stop = from;

  while (*stop != '\0' && (diptych_ascii_classes[(guchar)*stop] & DIPTYCH_ASCII_SPACE) == 0)
    stop++;

  g_array_set_size (lx->unicode_tokens, 0);
  diptych_tokenize_range (lx->unicode_tokens, text, start - text, stop - text, lx->unicode_keys);
  for (guint t = 0; t < lx->unicode_tokens->len; t++)
    {
      const DiptychToken *in = &g_array_index (lx->unicode_tokens, DiptychToken, t);
      guint32 *id;

      if (in->key >= lx->unicode_ids->len)
        {
          guint old = lx->unicode_ids->len;

          g_array_set_size (lx->unicode_ids, in->key + 1);
          memset (&g_array_index (lx->unicode_ids, guint32, old), 0xFF,
                  (in->key + 1 - old) * sizeof (guint32));
        }
      id = &g_array_index (lx->unicode_ids, guint32, in->key);
      if (*id == G_MAXUINT32)
        {
          const char *key = diptych_key_table_lookup (lx->unicode_keys, in->key);
          gsize length = strlen (key);

          *id = intern (lx, key, length, key + length + 1,
                        diptych_key_table_get_kind (lx->unicode_keys, in->key));
        }
      add_token (lx, in->byte_start, in->byte_end, *id, line_before && t == 0);
    }
  return stop;
}

/* The typographic mark at @p, one of U+2013 to U+2026, or 0. */
static inline gunichar
typographic (const char *p)
{
  if ((guchar)p[0] != 0xE2 || (guchar)p[1] != 0x80)
    return 0;
  switch ((guchar)p[2])
    {
    case 0x93: case 0x94:  /* – — */
    case 0x98: case 0x99:  /* ‘ ’ */
    case 0x9C: case 0x9D:  /* “ ” */
    case 0xA6:             /* … */
      return 0x2000 + ((guchar)p[2] - 0x80);
    default:
      return 0;
    }
}

/* The end of the word or number from @p, of ASCII and typographic
 * apostrophes, as the tokenizer reads it, or %NULL when another
 * character that is not ASCII takes part. The NUL after the text stops
 * every loop.
 */
static inline const char *
word_end (const char       *p,
          DiptychTokenKind *kind,
          gboolean         *apostrophes)
{
  guint8 all = diptych_ascii_classes[(guchar)*p];
  const char *q = p + 1;

  for (;;)
    {
      guint8 cls;
      guchar c, next;

      if (all & DIPTYCH_ASCII_DIGIT)
        while ((cls = diptych_ascii_classes[(guchar)*q]) & DIPTYCH_ASCII_WORD)
          {
            all &= cls;
            q++;
          }
      else
        while (diptych_ascii_classes[(guchar)*q] & DIPTYCH_ASCII_WORD)
          q++;

      c = *q;
      if (c >= 0x80)
        {
          gunichar mark = typographic (q);

          if (mark == 0)
            return NULL;
          if (mark != 0x2018 && mark != 0x2019)
            break;  /* a dash, quote or ellipsis ends it */
          /* "don’t": inside a word when a letter or digit follows */
          next = q[3];
          if (next >= 0x80)
            return NULL;
          if ((diptych_ascii_classes[next] & DIPTYCH_ASCII_WORD) == 0)
            break;
          all &= ~DIPTYCH_ASCII_DIGIT;
          *apostrophes = TRUE;
          q += 3;
          continue;
        }
      if (c != ',' && c != '.' && c != '\'' && c != '-')
        break;
      /* Inside a word only when a letter or digit follows. */
      next = q[1];
      if (next >= 0x80)
        return NULL;
      /* q[-1] is a letter or digit: a joiner is never followed by another */
      if ((c == ',' || c == '.') && (all & DIPTYCH_ASCII_DIGIT) &&
          (diptych_ascii_classes[(guchar)q[-1]] & DIPTYCH_ASCII_DIGIT) &&
          (diptych_ascii_classes[next] & DIPTYCH_ASCII_DIGIT))
        ;  /* 1,200 and 3.5 */
      else if ((c == '\'' || c == '-') && (diptych_ascii_classes[next] & DIPTYCH_ASCII_WORD))
        all &= ~DIPTYCH_ASCII_DIGIT;
      else
        break;
      q++;
    }

  *kind = (all & DIPTYCH_ASCII_DIGIT) ? DIPTYCH_TOKEN_NUMBER : DIPTYCH_TOKEN_WORD;
  return q;
}

#define MAX_FOLDED 64

/* The key of a word of at most MAX_FOLDED bytes with typographic
 * apostrophes: straight ones.
 */
static guint32
intern_folded (Lexer      *lx,
               const char *p,
               const char *q)
{
  char folded[MAX_FOLDED];
  gsize length = 0;

  g_assert (q - p <= MAX_FOLDED);
  while (p < q)
    {
      if (typographic (p) != 0)
        {
          folded[length++] = '\'';
          p += 3;
        }
      else
        folded[length++] = *p++;
    }
  return intern (lx, folded, length, folded + length, DIPTYCH_TOKEN_WORD);
}

/* Reads the text to the NUL at @n_bytes. */
static void
lex (Lexer      *lx,
     const char *text,
     gsize       n_bytes)
{
  const char *end = text + n_bytes;
  const char *p = text;
  gboolean line = FALSE;  /* a line break since the last token */
  guint32 dash_key = intern_literal (lx, DASH_KEY);
  guint32 ellipsis_key = intern_literal (lx, ELLIPSIS_KEY);
  guint32 apostrophe_key = intern_literal (lx, "'");
  guint32 quote_key = intern_literal (lx, "\"");

  for (;;)
    {
      guchar c = *p;
      const char *q;
      guint32 key;
      DiptychTokenKind kind = DIPTYCH_TOKEN_PUNCTUATION;

      /* Most gaps are one space. */
      while (c == ' ')
        c = *++p;
      while (diptych_ascii_classes[c] & DIPTYCH_ASCII_SPACE)
        {
          line |= c == '\n' || c == '\r';
          c = *++p;
        }
      if (c == '\0')
        break;

      if (diptych_ascii_classes[c] & DIPTYCH_ASCII_WORD)
        {
          gboolean apostrophes = FALSE;

          q = word_end (p, &kind, &apostrophes);
          if (q == NULL || (apostrophes && q - p > MAX_FOLDED))
            goto unicode;
          key = apostrophes ? intern_folded (lx, p, q) : intern (lx, p, q - p, end, kind);
        }
      else if (c == '-' || typographic (p) == 0x2013 || typographic (p) == 0x2014)
        {
          /* A run of hyphens and dashes is one token; dashes other than
           * these are Unicode's.
           */
          for (q = p; ; )
            {
              if (*q == '-')
                q++;
              else if (typographic (q) == 0x2013 || typographic (q) == 0x2014)
                q += 3;
              else if ((guchar)*q >= 0x80)
                goto unicode;
              else
                break;
            }
          key = dash_key;
        }
      else if (c >= 0x80)
        {
          gunichar mark = typographic (p);

          q = p + 3;
          if (mark == 0x2018 || mark == 0x2019)
            key = apostrophe_key;
          else if (mark == 0x201C || mark == 0x201D)
            key = quote_key;
          else if (mark == 0x2026)
            key = ellipsis_key;
          else
            goto unicode;
        }
      else if (c == '.')
        {
          /* A run of three dots or more is one token. */
          q = p + 1;
          while (*q == '.')
            q++;
          if (q - p >= 3)
            key = ellipsis_key;
          else
            {
              q = p + 1;
              key = intern (lx, p, 1, end, DIPTYCH_TOKEN_PUNCTUATION);
            }
        }
      else
        {
          q = p + 1;
          key = c == '`' ? apostrophe_key : intern (lx, p, 1, end, DIPTYCH_TOKEN_PUNCTUATION);
        }

      add_token (lx, p - text, q - text, key, line);
      line = FALSE;
      p = q;
      continue;

    unicode:
      /* The stretch goes back to the last ASCII space: its tokens so far
       * are the tokenizer's to give.
       */
      {
        const char *start = p;
        guint32 from;

        while (start > text && (diptych_ascii_classes[(guchar)start[-1]] & DIPTYCH_ASCII_SPACE) == 0)
          start--;
        from = start - text;
        while (lx->n_tokens > 0 && lx->token_data[lx->n_tokens - 1].byte_start >= from)
          {
            lx->n_tokens--;
            line = detect_line_before (lx->ctx, lx->n_tokens);
            set_line_before (lx, lx->n_tokens, FALSE);
          }
        p = lex_unicode (lx, text, start, p, line);
        if (lx->n_tokens > 0 && lx->token_data[lx->n_tokens - 1].byte_start >= from)
          line = FALSE;
      }
    }
}

/**
 * _diptych_detect_lex:
 *
 * Fills the context's tokens, and its keys with their folded text and
 * kind, from
 * its contents: UTF-8 without NUL bytes, a NUL after them (as
 * diptych_text_get_contents() gives them).
 */
void
_diptych_detect_lex (DetectContext *ctx)
{
  Lexer lx = { 0 };

  lx.pool = ctx->key_pool;
  lx.keys = g_array_sized_new (FALSE, FALSE, sizeof (LexKey), 4096);
  lx.mask = 8192 - 1;
  lx.slots = g_new0 (LexSlot, lx.mask + 1);
  /* Prose has a token every five bytes or so: room for that, and pages
   * not used are never touched.
   */
  lx.ctx = ctx;
  lx.tokens = ctx->tokens;
  lx.breaks = ctx->breaks;
  g_array_set_size (lx.tokens, ctx->n_bytes / 4 + 16);
  lx.token_data = (DetectToken *)(void *)lx.tokens->data;
  lx.capacity = lx.tokens->len;
  lx.unicode_keys = diptych_key_table_new ();
  lx.unicode_tokens = g_array_new (FALSE, FALSE, sizeof (DiptychToken));
  lx.unicode_ids = g_array_new (FALSE, FALSE, sizeof (guint32));

  lex (&lx, ctx->contents, ctx->n_bytes);
  g_array_set_size (lx.tokens, lx.n_tokens);

  g_array_set_size (ctx->keys, lx.keys->len);
  for (guint k = 0; k < lx.keys->len; k++)
    {
      const LexKey *in = &g_array_index (lx.keys, LexKey, k);
      DetectKey *out = &g_array_index (ctx->keys, DetectKey, k);

      out->folded = ctx->key_pool->str + in->offset;
      out->kind = in->kind;
    }

  g_array_unref (lx.keys);
  g_free (lx.slots);
  diptych_key_table_free (lx.unicode_keys);
  g_array_unref (lx.unicode_tokens);
  g_array_unref (lx.unicode_ids);
}
