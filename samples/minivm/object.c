/* Integer objects: a cache of small ints and a free list, as CPython keeps. */
#include <stdio.h>
#include <stdlib.h>

#include "object.h"

static Object small_ints[SMALL_INT_MAX - SMALL_INT_MIN + 1];
static int small_ints_ready;
static Object *free_list;

static void init_small_ints(void)
{
    for (long v = SMALL_INT_MIN; v <= SMALL_INT_MAX; v++) {
        small_ints[v - SMALL_INT_MIN].refcnt = 1;
        small_ints[v - SMALL_INT_MIN].value = v;
    }
    small_ints_ready = 1;
}

Object *int_from_long(long value)
{
    if (value >= SMALL_INT_MIN && value <= SMALL_INT_MAX) {
        if (!small_ints_ready) {
            init_small_ints();
        }
        Object *op = &small_ints[value - SMALL_INT_MIN];
        INCREF(op);
        return op;
    }
    Object *op = free_list;
    if (op != NULL) {
        free_list = (Object *)(void *)op->value;
    } else {
        op = malloc(sizeof(Object));
        if (op == NULL) {
            fprintf(stderr, "minivm: out of memory\n");
            exit(3);
        }
    }
    op->refcnt = 1;
    op->value = value;
    return op;
}

void object_dealloc(Object *op)
{
    op->value = (long)(void *)free_list;
    free_list = op;
}
