/* diptych-chunker.c: content-defined chunks of words, for a quick first
 * pass of the diff
 *
 * Most of two versions of an article is the same text. Comparing chunks of
 * a few words first, by hash, finds that text at a few bytes' cost each, and
 * only the chunks that differ need tokens and a word diff. A chunk ends
 * after a word whose hash has its low bits clear (as rsync and backup tools
 * cut content into blocks), so an edit shifts the chunks around it only, and
 * re-wrapped lines leave them whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-chunker"

#include "config.h"

#include <string.h>

#include "diptych-chunker.h"
#include "diptych-hash.h"

/* A chunk ends after a word whose hash has these bits clear: eight
 * words on average. Long enough to be cheap to compare, short enough that
 * a change of one word leaves most of a paragraph matched.
 */
#define CUT_MASK 7

/* ... or after this many words, which bounds a chunk in a text that has
 * too few distinct words to cut by hash.
 */
#define MAX_CHUNK_WORDS 32

/* How many chunks ahead interning asks for the table's memory. */
#define PREFETCH_DISTANCE 16

#define K1 DIPTYCH_HASH_K1

/* Small slots keep the table in the cache: the low half of the hash picks
 * the slot and the high half tells most keys apart without reading them.
 */
typedef struct
{
  guint32 hash;  /* the high half */
  guint32 id;    /* G_MAXUINT32 when empty */
} ChunkSlot;

typedef struct
{
  const char *text;  /* the first chunk that had this key */
  guint32     n_bytes;
  guint64     hash;
} ChunkKey;

struct _DiptychChunkTable
{
  GArray    *keys;   /* ChunkKey, by id */
  ChunkSlot *slots;
  guint      n_slots;  /* a power of two */
};

/* ASCII whitespace, the only whitespace a chunk cuts at: the tokenizer
 * always ends a token there too.
 */
static const guint8 space_bytes[256] = {
  ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
};

gboolean
diptych_chunk_is_space (char c)
{
  return space_bytes[(guchar)c];
}

DiptychChunkTable *
diptych_chunk_table_new (void)
{
  DiptychChunkTable *table = g_new0 (DiptychChunkTable, 1);

  table->keys = g_array_new (FALSE, FALSE, sizeof (ChunkKey));
  table->n_slots = 4096;
  table->slots = g_new (ChunkSlot, table->n_slots);
  memset (table->slots, 0xFF, sizeof (ChunkSlot) * table->n_slots);

  return table;
}

void
diptych_chunk_table_free (DiptychChunkTable *table)
{
  if (table == NULL)
    return;

  g_array_unref (table->keys);
  g_free (table->slots);
  g_free (table);
}

guint
diptych_chunk_table_get_n_keys (DiptychChunkTable *table)
{
  return table->keys->len;
}

/* The first ASCII whitespace byte at or after @p, or @end. Eight bytes at a
 * time where it can: any byte below 0x21 stops the scan, and the table says
 * whether it is whitespace or some other control character.
 */
static inline const guchar *
find_space (const guchar *p,
            const guchar *end)
{
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  while (end - p >= 8)
    {
      guint64 x, below;

      memcpy (&x, p, 8);
      below = (x - G_GUINT64_CONSTANT (0x2121212121212121)) & ~x &
              G_GUINT64_CONSTANT (0x8080808080808080);
      if (below == 0)
        {
          p += 8;
          continue;
        }
      p += __builtin_ctzll (below) >> 3;
      if (space_bytes[*p])
        return p;
      p++;
    }
#endif
  while (p < end && !space_bytes[*p])
    p++;
  return p;
}

/* Whether two runs have the same words, whatever the whitespace between. */
static gboolean
same_words (const char *a,
            gsize       a_bytes,
            const char *b,
            gsize       b_bytes)
{
  const char *a_end = a + a_bytes;
  const char *b_end = b + b_bytes;

  if (a_bytes == b_bytes && memcmp (a, b, a_bytes) == 0)
    return TRUE;

  for (;;)
    {
      while (a < a_end && space_bytes[(guchar)*a])
        a++;
      while (b < b_end && space_bytes[(guchar)*b])
        b++;
      if (a == a_end || b == b_end)
        return a == a_end && b == b_end;

      while (a < a_end && b < b_end && *a == *b && !space_bytes[(guchar)*a])
        {
          a++;
          b++;
        }
      if ((a < a_end && !space_bytes[(guchar)*a]) || (b < b_end && !space_bytes[(guchar)*b]))
        return FALSE;
    }
}

static void
chunk_table_resize (DiptychChunkTable *table,
                    guint              n_slots)
{
  ChunkSlot *slots = g_new (ChunkSlot, n_slots);

  memset (slots, 0xFF, sizeof (ChunkSlot) * n_slots);
  for (guint i = 0; i < table->n_slots; i++)
    {
      ChunkSlot slot = table->slots[i];
      guint j;

      if (slot.id == G_MAXUINT32)
        continue;
      for (j = g_array_index (table->keys, ChunkKey, slot.id).hash & (n_slots - 1);
           slots[j].id != G_MAXUINT32;
           j = (j + 1) & (n_slots - 1))
        ;
      slots[j] = slot;
    }

  g_free (table->slots);
  table->slots = slots;
  table->n_slots = n_slots;
}

static guint32
chunk_table_intern (DiptychChunkTable *table,
                    guint64            hash,
                    const char        *text,
                    gsize              n_bytes)
{
  ChunkKey key = { text, n_bytes, hash };
  guint32 id;
  guint i;

  for (i = hash & (table->n_slots - 1);
       table->slots[i].id != G_MAXUINT32;
       i = (i + 1) & (table->n_slots - 1))
    {
      ChunkSlot slot = table->slots[i];
      const ChunkKey *known;

      if (slot.hash != hash >> 32)
        continue;
      known = &g_array_index (table->keys, ChunkKey, slot.id);
      if (same_words (known->text, known->n_bytes, text, n_bytes))
        return slot.id;
    }

  id = table->keys->len;
  g_array_append_val (table->keys, key);
  table->slots[i].hash = hash >> 32;
  table->slots[i].id = id;
  if ((id + 1) * 2 > table->n_slots)
    chunk_table_resize (table, table->n_slots * 2);

  return id;
}

/* Makes room for @n_more keys without growing while they are interned. */
static void
chunk_table_reserve (DiptychChunkTable *table,
                     guint              n_more)
{
  guint n_slots = table->n_slots;

  while ((table->keys->len + n_more + 1) * 2 > n_slots)
    n_slots *= 2;
  if (n_slots != table->n_slots)
    chunk_table_resize (table, n_slots);
}

/* Chunks as they are cut, before their keys are interned. */
typedef struct
{
  const char   *text;
  DiptychChunk *chunks;
  guint64      *hashes;
  guint         n_chunks;
  guint         capacity;
} ChunkList;

static void
add_chunk (ChunkList  *list,
           const char *start,
           const char *end,
           guint       n_words,
           guint64     hash)
{
  DiptychChunk *chunk;

  if (G_UNLIKELY (list->n_chunks == list->capacity))
    {
      list->capacity *= 2;
      list->chunks = g_renew (DiptychChunk, list->chunks, list->capacity);
      list->hashes = g_renew (guint64, list->hashes, list->capacity);
    }

  chunk = &list->chunks[list->n_chunks];
  chunk->byte_start = start - list->text;
  chunk->byte_end = end - list->text;
  chunk->n_words = n_words;
  chunk->key = 0;
  list->hashes[list->n_chunks++] = hash;
}

/**
 * diptych_chunk_text:
 * @text: the text; it must outlive @table, which compares chunks with it
 * @table: interns the chunks' keys (share it between the two texts)
 *
 * @n_chunks: (out): how many chunks there are
 *
 * Returns: (transfer full) (array length=n_chunks): the chunks, in order;
 *   whitespace before the first word, between chunks and after the last
 *   word belongs to none
 */
DiptychChunk *
diptych_chunk_text (const char        *text,
                    gsize              n_bytes,
                    DiptychChunkTable *table,
                    guint             *n_chunks)
{
  ChunkList list = { text, NULL, NULL, 0, 0 };
  const guchar *p = (const guchar *)text;
  const guchar *end = p + n_bytes;
  const guchar *chunk_start = NULL;
  const guchar *word_end = NULL;
  guint64 chunk_hash = 0;
  guint n_words = 0;

  *n_chunks = 0;
  g_return_val_if_fail (n_bytes < G_MAXUINT32, NULL);

  /* Room for chunks of words of three letters: more than most texts need,
   * and the pages not used are never touched.
   */
  list.capacity = n_bytes / (4 * (CUT_MASK + 1)) + 16;
  list.chunks = g_new (DiptychChunk, list.capacity);
  list.hashes = g_new (guint64, list.capacity);

  for (;;)
    {
      const guchar *word;
      guint64 word_hash;

      while (p < end && space_bytes[*p])
        p++;
      if (p == end)
        break;

      word = p;
      p = find_space (p, end);
      word_hash = diptych_hash_bytes (word, p - word, end);

      if (n_words == 0)
        {
          chunk_start = word;
          chunk_hash = K1;
        }
      chunk_hash = ((chunk_hash << 23 | chunk_hash >> 41) ^ word_hash) * K1;
      word_end = p;
      n_words++;

      if ((word_hash & CUT_MASK) == 0 || n_words >= MAX_CHUNK_WORDS)
        {
          add_chunk (&list, (const char *)chunk_start, (const char *)word_end, n_words, chunk_hash);
          n_words = 0;
        }
    }

  if (n_words > 0)
    add_chunk (&list, (const char *)chunk_start, (const char *)word_end, n_words, chunk_hash);

  /* Interning touches the table at random: ask for the slots a few chunks
   * ahead, so that the memory is there when they come.
   */
  chunk_table_reserve (table, list.n_chunks);
  for (guint i = 0; i < list.n_chunks; i++)
    {
      DiptychChunk *chunk = &list.chunks[i];

      if (i + PREFETCH_DISTANCE < list.n_chunks)
        __builtin_prefetch (&table->slots[list.hashes[i + PREFETCH_DISTANCE] & (table->n_slots - 1)]);
      chunk->key = chunk_table_intern (table, list.hashes[i], text + chunk->byte_start,
                                       chunk->byte_end - chunk->byte_start);
    }

  g_free (list.hashes);
  *n_chunks = list.n_chunks;
  return list.chunks;
}
