/* diptych-hash.h: a fast hash of short byte strings, shared by the
 * tokenizer's and the chunker's tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

#define DIPTYCH_HASH_K1 G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)
#define DIPTYCH_HASH_K2 G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F)

static inline guint64
diptych_hash_mix (guint64 h)
{
  /* A multiplication mixes each bit only into the ones above it: fold
   * the high half back, so that every bit depends on every byte.
   */
  h ^= h >> 32;
  h *= DIPTYCH_HASH_K1;
  return h ^ h >> 29;
}

/* Hashes the @n bytes at @p eight at a time, ending with a multiplication:
 * the high bits depend on every byte, the low bits only on some. Memory up
 * to @limit may be read past the bytes (and is masked off); nothing at or
 * after @limit is. The value does not depend on @limit.
 */
static inline guint64
diptych_hash_bytes_high (const guchar *p,
                         gsize         n,
                         const guchar *limit)
{
  guint64 h = n * DIPTYCH_HASH_K1;
  guint64 x;

#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  /* One to eight bytes, most words: one read, the bytes past them masked. */
  if (G_LIKELY (n - 1 < 8 && limit - p >= 8))
    {
      memcpy (&x, p, 8);
      x &= G_MAXUINT64 >> (64 - 8 * n);
      return (h ^ x) * DIPTYCH_HASH_K2;
    }
#endif

  while (n > 8)
    {
      memcpy (&x, p, 8);
      h = (h ^ x) * DIPTYCH_HASH_K2;
      h ^= h >> 32;
      p += 8;
      n -= 8;
    }

  /* The last one to eight bytes, in the same order as above. */
  if (n > 0)
    {
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
      if (limit - p >= 8)
        {
          memcpy (&x, p, 8);
          x &= G_MAXUINT64 >> (64 - 8 * n);
        }
      else
#endif
        {
          x = 0;
          for (gsize i = 0; i < n; i++)
            x |= (guint64)p[i] << (8 * i);
        }
      h = (h ^ x) * DIPTYCH_HASH_K2;
    }

  return h;
}

/* Like diptych_hash_bytes_high(), with every bit depending on every byte. */
static inline guint64
diptych_hash_bytes (const guchar *p,
                    gsize         n,
                    const guchar *limit)
{
  return diptych_hash_mix (diptych_hash_bytes_high (p, n, limit));
}

G_END_DECLS
