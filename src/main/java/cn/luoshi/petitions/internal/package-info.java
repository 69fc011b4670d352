/** Internals of the petitions module (its side of the ledger). */
package cn.luoshi.petitions.internal;
