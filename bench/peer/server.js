// The peer of the benchmark: the Neo4j GraphQL Library (@neo4j/graphql) on Apollo Server, serving the same
// database as Ecograph. Usage: NEO4J_URI=bolt://localhost:7687 PORT=4000 node server.js
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = /* GraphQL */ `
  type Entity @node(labels: ["Entity"]) {
    id: ID!
    name: String
    aliases: [String!]
    relations(first: Int = 100): [RelationRow!]!
      @cypher(
        statement: """
        MATCH (this)-[r]-(m:Entity)
        WITH DISTINCT r ORDER BY r.id LIMIT $first
        RETURN {id: r.id, kind: type(r), from: startNode(r).id, to: endNode(r).id} AS rel
        """
        columnName: "rel"
      )
  }

  type RelationRow {
    id: ID!
    kind: String!
    from: ID!
    to: ID!
  }
`;

const driver = neo4j.driver(process.env.NEO4J_URI ?? "bolt://localhost:7687",
  process.env.NEO4J_USER ? neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD) : undefined);
const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const server = new ApolloServer({ schema: await neoSchema.getSchema() });
const { url } = await startStandaloneServer(server, { listen: { host: "127.0.0.1", port: Number(process.env.PORT ?? 4000) } });
console.log(`peer ready at ${url}`);
